package segbrief.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import segbrief.UserError;
import segbrief.engine.Rows;
import segbrief.spec.BriefSpec;
import segbrief.spec.ColumnFacts;

/**
 * Reads each source file once into DuckDB (dialect and types sniffed, names and text values trimmed), joins the
 * sources the spec names and adds its derived columns. Unparseable rows are counted and reported; a value that
 * breaks a declared type is a {@link UserError} with file, line and column.
 * <p>
 * The work is split by responsibility: {@link EngineSession} (the database, memory limit, spill folder),
 * {@link Storage} (plain, packed or compressed tables), {@link CsvReader} (the reader expression),
 * {@link FileProbe} (describe, facts for role inference), {@link Ingest} with {@link IngestSelects},
 * {@link TextTrim} and {@link IntegerIds} (the load), {@link IngestChecks} (dates, numbers, unmatched joins,
 * rejections), and {@link ReadErrors} (DuckDB's failures in the user's words).
 */
public final class DuckDbSource implements Source {
    public static final String TABLE = "facts_all";
    public static final String DATE = "__date";

    private final EngineSession session;
    private final Storage storage;
    private final CsvReader reader;
    private final FileProbe probe;
    private Consumer<String> mark = name -> { };
    private boolean strict;

    private DuckDbSource(EngineSession session) {
        this.session = session;
        this.storage = new Storage(session.connection(), session.spill(), session.limitBytes());
        this.reader = new CsvReader(session.spill());
        this.probe = new FileProbe(session.connection(), reader);
    }

    /**
     * A scratch database that spills to a fresh folder under {@code tempRoot} (the system's temporary folder
     * when null) beyond {@code memoryLimit} (e.g. "50%"), so that inputs larger than memory complete instead of
     * failing. The spill folder is removed on close.
     */
    public static DuckDbSource open(Path tempRoot, String memoryLimit) {
        return new DuckDbSource(EngineSession.open(tempRoot, memoryLimit));
    }

    /** Loads the engine ahead of {@link #open}, on another thread meanwhile (see {@link EngineSession#warmUp}). */
    public static void warmUp() {
        EngineSession.warmUp();
    }

    /** The memory limit in bytes ("50%", "4GB", "1500MiB"); the physical memory when unreadable. */
    public static long limitBytes(String limit) {
        return EngineSession.limitBytes(limit);
    }

    /** "50%" of physical memory in MiB; anything else passes through ("4GB"). */
    static String absolute(String limit) {
        return EngineSession.absolute(limit);
    }

    public Connection connection() { return session.connection(); }

    /**
     * The number of distinct values (missing not counted) of each of {@code columns} in the ingested table. Exact:
     * DuckDB's approx_count_distinct is off already for a handful of values (8 values read as 6).
     */
    public Map<String, Long> distinctCounts(List<String> columns) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (columns.isEmpty()) return out;
        String counts = String.join(", ", columns.stream().map(c -> "count(DISTINCT " + Sql.id(c) + ")").toList());
        try (Rows r = engine().query("distinct values per column", "SELECT " + counts + " FROM " + TABLE)) {
            r.next();
            for (int i = 0; i < columns.size(); i++) out.put(columns.get(i), r.getLong(i + 1));
            return out;
        } catch (segbrief.engine.EngineException e) {
            throw new IllegalStateException("counting distinct values failed: " + e.getMessage(), e);
        }
    }

    /** Called with a sub-stage's name as each part of the ingest ends, for --timings. */
    public DuckDbSource onStage(Consumer<String> mark) {
        this.mark = mark;
        return this;
    }

    /** The columns of a file (trimmed header → sniffed type) without reading all of it; sniffed once per file. */
    public Map<String, String> describe(Path file) {
        return probe.describe(file);
    }

    /** Counts per column for role inference over the file's first rows (see {@link FileProbe#facts}). */
    public List<ColumnFacts> facts(Path file) {
        return probe.facts(file);
    }

    /**
     * Ingests the sources of a spec whose columns are already resolved.
     *
     * @param numeric columns that must hold numbers (measures, bins, features)
     * @param text    columns read as text whatever they look like (dimensions, ids, join keys)
     */
    public Ingested ingest(BriefSpec spec, Set<String> numeric, Set<String> text) {
        return ingest(spec, numeric, text, null);
    }

    /**
     * As {@link #ingest(BriefSpec, Set, Set)}, reading only the columns in {@code used} (and join keys); null reads
     * every column. A column the brief does not use costs parsing and memory for nothing, and its values cannot fail it.
     */
    public Ingested ingest(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used) {
        Set<String> lenient = new LinkedHashSet<>();
        Ingest ingest = new Ingest(session.connection(), reader, probe, storage, strict, mark);
        while (true) {
            try {
                return ingest.load(spec, numeric, text, used, lenient);
            } catch (DirtyNumbers.Retry retry) {
                // values beyond the type sniffer's sample broke a numeric column: read again with it lenient
                if (!lenient.addAll(retry.columns)) throw new IllegalStateException("cast failures persist in " + retry.columns);
                ingest.reset(spec.sources().size());
            }
        }
    }

    /** Stops at the first value that is not a usable number or date, instead of counting it as missing (the default). */
    public DuckDbSource strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    static boolean isNumericType(String t) {
        return FileProbe.isNumericType(t);
    }

    static boolean isCsv(Path file) {
        return CsvReader.isCsv(file);
    }

    /** The file's SHA-256 in hex, for the data's fingerprint. */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 20];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file, e);
        }
    }

    /**
     * A CSV as this source reads it, for another engine to read alike: the file itself, or its UTF-8 copy (other
     * encodings, NUL bytes; see TextEncoding) in the spill folder, which lives until {@link #close}.
     */
    public Path readable(Path file) {
        return reader.prepared(file).path();
    }

    /** What reading {@code file} repaired (its encoding, its header names), as the data notes say it. */
    public List<String> readNotes(Path file) {
        return reader.notes(file);
    }

    @Override
    public segbrief.engine.Engine engine() {
        return new DuckDbEngine(session.connection());
    }

    @Override
    public Ingested slice(Ingested data, int index, Map<segbrief.spec.BriefSpec.Col, List<String>> filter, String origin, String note) {
        return Slice.of(engine(), data, index, filter, origin, note);
    }

    @Override
    public void close() {
        session.close();
    }
}
