package segbrief.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import segbrief.UserError;
import segbrief.brief.SourceInfo;
import segbrief.engine.Engine;
import segbrief.engine.EngineErrors;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;
import segbrief.source.DataChecks;
import segbrief.source.DuckDbSource;
import segbrief.source.Ingested;
import segbrief.source.LineItems;
import segbrief.source.Slice;
import segbrief.source.Source;
import segbrief.source.Sources;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;
import segbrief.spec.ColumnFacts;
import segbrief.spec.FileSets;

/**
 * The sources read by Spark into temporary views with the table and column names, and the column types, that
 * DuckDB's ingest gives ({@link DuckDbSource}), so that the shared SQL of the metrics runs unchanged. A local file's
 * columns and types come from DuckDB's probe of its first rows (what DuckDB would read); Parquet, folders, globs and
 * remote paths carry or infer their own. The joined, derived and filtered rows are cached in the session (memory,
 * then disk) as the view {@value #TABLE}.
 *
 * <p>DuckDB's repairs of dirty files (decimal commas, other encodings, lines of unreadable values, line-item exports)
 * are not made here: values that are not numbers or dates are counted as missing and the data note says so, naming
 * the DuckDB engine for the repairs.
 */
public final class SparkSource implements Source {
    static final String TABLE = DuckDbSource.TABLE;
    static final String DATE = DuckDbSource.DATE;
    /** What exports write for "no value" (as DuckDB's ingest reads them). */
    private static final List<String> MISSING = List.of("", "NA", "N/A", "n/a", "na", "null", "NULL", "Null", "-", "#N/A", "#NA");
    /** Magnitudes beyond this are a computation gone wrong, not an amount (as DirtyNumbers). */
    private static final String LIMIT = "1e15";
    private static final long FACTS_ROWS = 1_000_000;

    private final SparkSession spark;
    private final SparkEngine engine;
    private final Sources.Options options;
    private DuckDbSource probe;
    private Consumer<String> mark = name -> { };
    private boolean strict;
    private Dataset<Row> cached;
    private final Map<Path, Map<String, String>> described = new java.util.HashMap<>();

    private SparkSource(SparkSession spark, Sources.Options options) {
        this.spark = spark;
        this.engine = new SparkEngine(spark);
        this.options = options;
    }

    static SparkSource open(Sources.Options options) {
        return new SparkSource(SparkSessions.open(options.master()), options);
    }

    @Override
    public Engine engine() { return engine; }

    @Override
    public SparkSource onStage(Consumer<String> mark) {
        this.mark = mark;
        return this;
    }

    @Override
    public SparkSource strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** DuckDB, for what it reads of a local file before the ingest (its columns, types and counts). */
    private DuckDbSource probe() {
        if (probe == null) probe = DuckDbSource.open(options.tempDir(), "25%");
        return probe;
    }

    private static boolean isLocalFile(Path file) {
        return !FileSets.isRemote(file) && !FileSets.isGlob(file) && Files.isRegularFile(file);
    }

    private static boolean isParquet(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".parquet") || n.endsWith(".pq")) return true;
        if (n.contains(".csv") || n.endsWith(".txt") || n.endsWith(".tsv")) return false;
        if (!FileSets.isRemote(file) && Files.isDirectory(file)) {
            try (var files = Files.list(file)) {
                return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet"));
            } catch (IOException e) {
                return false;
            }
        }
        return true;  // a remote folder: Spark's own format
    }

    @Override
    public Map<String, String> describe(Path file) {
        if (isLocalFile(file) && !isParquet(file)) return probe().describe(file);
        return described.computeIfAbsent(file, f -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (StructField field : read(f, null).schema().fields()) out.put(field.name(), SparkTypes.duckdb(field.dataType()));
            return java.util.Collections.unmodifiableMap(out);
        });
    }

    @Override
    public List<ColumnFacts> facts(Path file) {
        if (isLocalFile(file) && !isParquet(file)) return probe().facts(file);
        Map<String, String> cols = describe(file);
        read(file, null).limit((int) FACTS_ROWS).createOrReplaceTempView("probe_facts");
        StringBuilder q = new StringBuilder("SELECT count(*)");
        for (var e : cols.entrySet()) {
            String c = Sql.id(e.getKey());
            boolean num = isNumericType(e.getValue());
            boolean str = e.getValue().equals("VARCHAR");
            String x = num ? "CAST(" + c + " AS DOUBLE)" : str ? "TRY_CAST(trim(" + c + ") AS DOUBLE)" : "CAST(NULL AS DOUBLE)";
            q.append(", count(").append(c).append("), count(DISTINCT ").append(c).append("), min(").append(x).append("), max(")
                    .append(x).append("), bool_and(").append(x).append(" = floor(").append(x).append(")), count(").append(x)
                    .append("), count(").append(str ? "TRY_CAST(trim(" + c + ") AS DATE)" : "NULL").append(')');
        }
        List<ColumnFacts> out = new ArrayList<>();
        try (Rows r = engine.query("column facts", q + " FROM probe_facts")) {
            r.next();
            long rows = r.getLong(1);
            int i = 2;
            for (var e : cols.entrySet()) {
                long present = r.getLong(i);
                String type = ColumnFacts.judged(e.getValue(), present, r.getLong(i + 5), r.getLong(i + 6));
                out.add(new ColumnFacts(e.getKey(), type, rows, present, r.getLong(i + 1), r.getDouble(i + 2), r.getDouble(i + 3),
                        r.getBoolean(i + 4)));
                i += 7;
            }
        } catch (EngineException e) {
            throw unreadable(file, e);
        }
        return out;
    }

    /**
     * A source as Spark reads it. A local CSV comes as text in DuckDB's column names (the header as DuckDB cleaned
     * it, with DuckDB's sniffed delimiter and quote), to be typed as DuckDB types it; other CSV sources with types
     * Spark infers; Parquet with its own schema.
     *
     * @param names the local CSV's columns (DuckDB's names, in file order), or null to infer
     */
    private Dataset<Row> read(Path file, List<String> names) {
        String location = FileSets.location(file);
        try {
            if (isParquet(file)) return spark.read().parquet(location);
            var reader = spark.read().option("header", "true").option("mode", "PERMISSIVE").option("multiLine", "true");
            if (names != null) {
                CsvDialect d = CsvDialect.sniff(probe(), file);
                StructType schema = new StructType();
                for (String n : names) schema = schema.add(n, DataTypes.StringType, true);
                // DuckDB's UTF-8 copy when the file is in another encoding or holds NUL bytes
                return reader.option("sep", d.delimiter()).option("quote", d.quote()).option("escape", d.escape())
                        .option("enforceSchema", "true").schema(schema).csv(probe().readable(file).toString());
            }
            return reader.option("inferSchema", "true").option("samplingRatio", "0.1").csv(location);
        } catch (Exception e) {
            throw unreadable(file, SparkErrors.failure("reading " + file, e));
        }
    }

    private static UserError unreadable(Path file, EngineException e) {
        String what = switch (e.failure()) {
            case IO, UNKNOWN_NAME -> "cannot be read (not found, or not a CSV or Parquet file Spark reads)";
            default -> "cannot be read by Spark";
        };
        return new UserError(UserError.Kind.DATA, FileSets.location(file), what, "check the path and that the cluster can reach it", e);
    }

    @Override
    public Ingested ingest(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used) {
        try {
            return new SparkIngest(this, spec, numeric, text, used).run();
        } catch (EngineException e) {
            throw EngineErrors.toUser(e, spec.origin());
        } catch (UserError e) {
            throw e;
        } catch (Exception e) {  // Spark's analysis errors are checked exceptions Java does not see declared
            throw EngineErrors.toUser(SparkErrors.failure("ingest", e), spec.origin());
        }
    }

    // what SparkIngest needs of the source
    SparkSession session() { return spark; }

    SparkEngine sparkEngine() { return engine; }

    boolean isStrict() { return strict; }

    void mark(String stage) { mark.accept(stage); }

    Dataset<Row> readSource(Path file, List<String> csvNames) {
        return read(file, isParquet(file) || !isLocalFile(file) ? null : csvNames);
    }

    static boolean isCsvSource(Path file) { return !isParquet(file); }

    /** What reading a local CSV repaired (encoding, header names), as DuckDB's ingest notes it. */
    List<String> readNotes(Path file) {
        return isLocalFile(file) && !isParquet(file) ? probe().readNotes(file) : List.of();
    }

    static boolean isOrderColumn(String c) { return LineItems.isOrderColumn(c); }

    /** Keeps the final rows in the session's cache (memory, then disk) and names them {@value #TABLE}. */
    long keep(Dataset<Row> facts) {
        if (cached != null) cached.unpersist();
        cached = facts.persist(StorageLevel.MEMORY_AND_DISK());
        cached.createOrReplaceTempView(TABLE);
        return cached.count();
    }

    static List<String> missingTokens() { return MISSING; }

    static String limit() { return LIMIT; }

    static String sha256(Path file) {
        return isLocalFile(file) ? DuckDbSource.sha256(file) : null;
    }

    static boolean isNumericType(String t) {
        return t.startsWith("DECIMAL") || t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL)");
    }

    @Override
    public Map<String, Long> distinctCounts(List<String> columns) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (columns.isEmpty()) return out;
        StringBuilder q = new StringBuilder("SELECT 0");
        for (String c : columns) q.append(", count(DISTINCT ").append(Sql.id(c)).append(')');
        try (Rows r = engine.query("distinct values", q + " FROM " + TABLE)) {
            r.next();
            for (int i = 0; i < columns.size(); i++) out.put(columns.get(i), r.getLong(i + 2));
        }
        return out;
    }

    @Override
    public Ingested slice(Ingested data, int index, Map<BriefSpec.Col, List<String>> filter, String origin, String note) {
        return Slice.of(engine, data, index, filter, origin, note);
    }

    /**
     * Lets go of the cached rows and the probe. The session itself lives as long as the JVM (a second brief in the
     * same process starts in a second instead of ten), and Spark stops it on exit.
     */
    @Override
    public void close() {
        if (cached != null) cached.unpersist();
        cached = null;
        if (probe != null) probe.close();
        probe = null;
    }

    /** Source info for the data-quality section, as DuckDB's ingest gives it. */
    static SourceInfo info(SourceSpec src, long rows, int columns) {
        String name = src.file().getFileName() == null ? FileSets.location(src.file()) : src.file().getFileName().toString();
        return new SourceInfo(src.name(), name, isParquet(src.file()) ? "parquet" : "csv", sha256(src.file()), rows, columns);
    }
}
