package segbrief.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import segbrief.engine.Engine;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.ColumnFacts;

/**
 * What the pipeline needs from the engine that holds the data: the files' columns and counts for role inference, the
 * ingest (sources read, joined, derived columns and the filter applied), a recipient's slice, and the {@link Engine}
 * the metrics query. DuckDB's ({@link DuckDbSource}) is built in; Spark's comes from the optional spark module through
 * {@link SourceProvider}.
 */
public interface Source extends AutoCloseable {
    /** The columns of a source (header name → DuckDB type name, e.g. VARCHAR, DOUBLE, BIGINT, DATE), in file order. */
    Map<String, String> describe(Path file);

    /** Counts per column for role inference (see {@link ColumnFacts}). */
    List<ColumnFacts> facts(Path file);

    /**
     * Reads the sources of a spec whose columns are resolved into the engine's {@link Ingested#table()}.
     *
     * @param numeric columns that must hold numbers (measures, bins, features)
     * @param text    columns read as text whatever they look like (dimensions, ids, join keys)
     * @param used    the columns the brief reads (and join keys); null for every column
     */
    Ingested ingest(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used);

    /** The number of distinct values (missing not counted) of each of {@code columns} in the ingested table, exactly. */
    Map<String, Long> distinctCounts(List<String> columns);

    /** One recipient's rows as a view over the ingested table (see {@link Slice}). */
    Ingested slice(Ingested data, int index, Map<Col, List<String>> filter, String origin, String note);

    /** The engine the metrics run their queries on, over the ingested table. */
    Engine engine();

    /** Called with a sub-stage's name as each part of the ingest ends, for --timings. */
    Source onStage(Consumer<String> mark);

    /** With true, the first value that is not a usable number stops the run instead of counting as missing. */
    Source strict(boolean strict);

    @Override
    void close();
}
