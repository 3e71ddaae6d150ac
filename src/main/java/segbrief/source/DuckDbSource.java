package segbrief.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import segbrief.UserError;
import segbrief.brief.DataQuality.Rejection;
import segbrief.brief.SourceInfo;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * Reads each source file once into DuckDB (dialect and types sniffed, names and text values trimmed), joins the
 * sources the spec names and adds its derived columns. Unparseable rows are counted and reported; a value that
 * breaks a declared type is a {@link UserError} with file, line and column.
 */
public final class DuckDbSource implements Source {
    public static final String TABLE = "facts_all";
    public static final String DATE = "__date";
    /** The customer id as BIGINT, kept beside the text id during ingest (see integerIds). */
    private static final String NUMERIC_ID = "__segbrief_id";
    private static final int MAX_REJECTIONS_SHOWN = 20;
    /**
     * What exports write for "no value": read as missing in every column, so that one "N/A" leaves a money column a
     * measure. "NaN" is not among them: in a number column it is a computation gone wrong, flagged by line instead.
     */
    private static final String MISSING_TOKENS = "['', 'NA', 'N/A', 'n/a', 'na', 'null', 'NULL', 'Null', '-', '#N/A', '#NA']";
    private static final long FACTS_ROWS = 1_000_000;
    /** Above this estimated table size (about 40 MB of CSV) the tables are held compressed (see chooseStorage). */
    private static final long PACKED_BYTES = 64L << 20;

    private final Connection conn;

    private final Path spill;
    private java.util.function.Consumer<String> mark = name -> { };
    /** The input is large for the memory limit (and sits in a scratch database file). */
    private boolean compressed;
    /** The tables sit in a compressed in-memory database, compressed by a checkpoint once loaded. */
    private boolean packed;
    /** The tables sit in a scratch database file (see chooseStorage). */
    private boolean stored;
    private final Map<Path, Map<String, String>> described = new java.util.HashMap<>();
    /** Each CSV as DuckDB reads it: itself, or a UTF-8 copy in the spill folder (see TextEncoding). */
    private final Map<Path, TextEncoding.Prepared> prepared = new java.util.HashMap<>();

    private final long limitBytes;
    private boolean strict;
    /** The date column's text values that give no date were counted and noted (see checkDates). */
    private boolean datesCounted;
    /** Numeric dates in the date column read month-first (see DateText). */
    private boolean monthFirst;

    private DuckDbSource(Connection conn, Path spill, long limitBytes) {
        this.conn = conn;
        this.spill = spill;
        this.limitBytes = limitBytes;
    }

    /**
     * A scratch database (see {@link #connect}) that spills to a fresh folder under {@code tempRoot} (the system's temporary folder
     * when null) beyond {@code memoryLimit} (e.g. "50%"), so that inputs larger than memory complete instead of
     * failing. The spill folder is removed on close.
     */
    public static DuckDbSource open(Path tempRoot, String memoryLimit) {
        try {
            Path root = tempRoot != null ? tempRoot : Path.of(System.getProperty("java.io.tmpdir"));
            Path spill = root.resolve("segbrief-spill-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            Connection c = SqlLog.wrap(DriverManager.getConnection("jdbc:duckdb:"));
            try (Statement s = c.createStatement()) {
                s.execute("SET temp_directory = " + Sql.str(spill.toString()));
                if (memoryLimit != null) s.execute("SET memory_limit = " + Sql.str(absolute(memoryLimit)));
                s.execute("SET preserve_insertion_order = false");
            }
            return new DuckDbSource(c, spill, memoryLimit == null ? physicalBytes() * 8 / 10 : limitBytes(memoryLimit));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the engine once (the driver, its native library, a first in-memory database, opened and closed) so
     * that {@link #open} finds it loaded: about 0.15 s that a caller can spend on another thread meanwhile.
     * Failures are left for {@link #open} to report.
     */
    public static void warmUp() {
        try (Connection _ = DriverManager.getConnection("jdbc:duckdb:")) {
            // opened is all it takes
        } catch (SQLException | RuntimeException e) {
            // open() reports it
        }
    }

    public Connection connection() { return conn; }

    /**
     * The number of distinct values (missing not counted) of each of {@code columns} in the ingested table. Exact:
     * DuckDB's approx_count_distinct is off already for a handful of values (8 values read as 6).
     */
    public Map<String, Long> distinctCounts(List<String> columns) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (columns.isEmpty()) return out;
        StringBuilder q = new StringBuilder("SELECT 0");
        for (String c : columns) q.append(", count(DISTINCT ").append(Sql.id(c)).append(')');
        try (Statement st = conn.createStatement(); ResultSet r = st.executeQuery(q + " FROM " + TABLE)) {
            r.next();
            for (int i = 0; i < columns.size(); i++) out.put(columns.get(i), r.getLong(i + 2));
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("counting distinct values failed: " + e.getMessage(), e);
        }
    }

    /** Called with a sub-stage's name as each part of the ingest ends, for --timings. */
    public DuckDbSource onStage(java.util.function.Consumer<String> mark) {
        this.mark = mark;
        return this;
    }

    private static long physicalBytes() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize();
    }

    /** The memory limit in bytes ("50%", "4GB", "1500MiB"); the physical memory when unreadable. */
    public static long limitBytes(String limit) {
        String a = absolute(limit).strip().toUpperCase(Locale.ROOT).replace(" ", "");
        var m = java.util.regex.Pattern.compile("([0-9.]+)(KB|KIB|MB|MIB|GB|GIB|TB|TIB)?").matcher(a);
        if (!m.matches()) return physicalBytes();
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        double scale = switch (unit) {
            case "KB" -> 1e3;
            case "KIB" -> 1024;
            case "MB" -> 1e6;
            case "MIB" -> Math.pow(1024, 2);
            case "GB" -> 1e9;
            case "GIB" -> Math.pow(1024, 3);
            case "TB" -> 1e12;
            case "TIB" -> Math.pow(1024, 4);
            default -> 1;
        };
        return (long) (v * scale);
    }

    /**
     * Where the tables live. DuckDB compresses a table's row groups when it writes them to a database file
     * (dictionaries and FSST for text, bit-packing for numbers): 10M transaction rows then take about 150 MB instead
     * of 1.6 GB, and the segment passes group the dictionary-coded text faster.
     * <ul>
     *   <li>Inputs above {@link #PACKED_BYTES} go to a scratch database file in the private spill folder (it goes
     *       with the folder on close). A file database writes each row group compressed as the load fills it, so the
     *       load never holds the whole table uncompressed, as a compressed in-memory database does until its
     *       checkpoint; the blocks stay in DuckDB's buffer pool, so the analysis reads memory all the same. An input
     *       whose table would take more than a third of the memory limit gets a note saying so.</li>
     *   <li>Small inputs stay in plain memory, where there is nothing to gain.</li>
     * </ul>
     */
    private void chooseStorage(List<SourceSpec> sources) throws SQLException {
        if (packed || stored) return;  // a second read (see DirtyNumbers.Retry) keeps the first one's storage
        long estimate = 0;
        for (SourceSpec src : sources) {
            try {
                long bytes = Files.size(src.file());
                String n = src.file().getFileName().toString().toLowerCase(Locale.ROOT);
                // a table takes about 1.7x its CSV; compressed files and Parquet expand several times
                estimate += (long) (bytes * (isCsv(src.file()) && !n.endsWith(".gz") && !n.endsWith(".zst") ? 1.7 : 6));
            } catch (IOException e) {
                return;  // unreadable files fail with a clear message later
            }
        }
        // -Dsegbrief.storage=memory|packed|compressed overrides the estimate (tests use it; so can a user who knows
        // better): packed is a compressed in-memory database, checkpointed once loaded
        String forced = System.getProperty("segbrief.storage", "auto");
        if (forced.equals("memory")) return;
        if (forced.equals("packed")) {
            attachPacked();
            return;
        }
        boolean large = forced.equals("compressed") || estimate > limitBytes / 3;
        if (!large && estimate <= PACKED_BYTES) return;
        try {
            Files.createDirectories(spill);
        } catch (IOException e) {
            // no scratch folder: compressed in memory, or for an input large for the limit, in memory and spilling
            if (!large) attachPacked();
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("ATTACH " + Sql.str(spill.resolve("facts.duckdb").toString()) + " AS store");
            s.execute("USE store");
        }
        stored = true;
        compressed = large;
    }

    private void attachPacked() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("ATTACH ':memory:' AS store (COMPRESS)");
            s.execute("USE store");
        }
        packed = true;
    }

    /** "50%" of physical memory in MiB; anything else passes through ("4GB"). */
    static String absolute(String limit) {
        if (!limit.endsWith("%")) return limit;
        double share = Double.parseDouble(limit.substring(0, limit.length() - 1)) / 100;
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return (long) (os.getTotalMemorySize() * share / (1024 * 1024)) + "MiB";
    }

    /** The columns of a file (trimmed header → sniffed type) without reading all of it; sniffed once per file. */
    public Map<String, String> describe(Path file) {
        Map<String, String> known = described.get(file);
        if (known != null) return known;
        InputFile.check(file, null);
        known = Unchanged.columns(file);  // sniffed already in this process (role inference before the brief)
        if (known != null) {
            described.put(file, known);
            return known;
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = conn.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + reader(file, Map.of(), -1, true))) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
        if (out.size() < 2 && isCsv(file)) {
            throw new UserError(UserError.Kind.DATA, file.toString(), "found " + out.size()
                    + " column(s): the file does not look like a table with a header",
                    "SegmentBrief reads comma, semicolon, tab or pipe separated files with a header row");
        }
        described.put(file, java.util.Collections.unmodifiableMap(out));
        Unchanged.columns(file, described.get(file));
        return described.get(file);
    }

    /**
     * Counts per column for role inference (missing, distinct, range, whole numbers), over the first million rows:
     * roles show long before that, and a bare file is then read in full only once, by the ingest. The first million
     * in file order (otherwise a parallel read hands LIMIT whichever rows come first, and roles could change from run
     * to run: 0.3 s at 10M rows), and distinct values counted exactly (DuckDB's estimate reads 8 values as 6 and 59 as
     * 66, across the thresholds roles are chosen by; the exact count costs the same here).
     */
    public List<segbrief.spec.ColumnFacts> facts(Path file) {
        Map<String, String> cols = describe(file);
        StringBuilder q = new StringBuilder("SELECT count(*)");
        // each text column's numbers and dates computed once per row, in an inner projection (see TextFacts)
        StringBuilder guards = new StringBuilder("*");
        StringBuilder casts = new StringBuilder("*");
        int k = 0;
        for (var e : cols.entrySet()) {
            String c = Sql.id(e.getKey());
            boolean num = isNumericType(e.getValue());
            boolean text = e.getValue().equals("VARCHAR");
            q.append(", count(").append(c).append("), count(DISTINCT ").append(c).append(')');
            String x = num ? c : text ? "__segbrief_x" + k : "NULL::DOUBLE";
            String d = text ? "__segbrief_d" + k : "NULL";
            if (text) {
                String g = "__segbrief_g" + k;
                guards.append(", ").append(TextFacts.castable(c)).append(" AS ").append(g);
                casts.append(", ").append(TextFacts.when(g, TextFacts.number(c))).append(" AS ").append(x)
                        .append(", ").append(TextFacts.when(g, TextFacts.date(c))).append(" AS ").append(d);
            }
            // text that is nearly all numbers (one "12.5O" among thousands) is judged as the number column it is
            q.append(", min(").append(x).append(")::DOUBLE, max(").append(x).append(")::DOUBLE, bool_and(").append(x)
                    .append(" = floor(").append(x).append(")), count(").append(x).append(')');
            // text that is nearly all dates (one 2023-02-30 among them) is judged as the date column it is
            q.append(", count(").append(d).append(')');
            k++;
        }
        List<segbrief.spec.ColumnFacts> out = new ArrayList<>();
        try (Statement st = conn.createStatement()) {
            st.execute("SET preserve_insertion_order = true");
            try (ResultSet r = st.executeQuery(q + " FROM (SELECT " + casts + " FROM (SELECT " + guards + " FROM (SELECT * FROM "
                    + reader(file, Map.of(), -1, true) + " LIMIT " + FACTS_ROWS + ")))")) {
                r.next();
                long rows = r.getLong(1);
                int i = 2;
                for (var e : cols.entrySet()) {
                    String type = e.getValue();
                    long present = r.getLong(i);
                    long numbers = r.getLong(i + 5);
                    if (type.equals("VARCHAR") && numbers > 0 && numbers >= 0.5 * present
                            && present - numbers <= Math.max(2, 0.05 * present)) {
                        type = "DOUBLE";
                    }
                    long dates = r.getLong(i + 6);
                    if (type.equals("VARCHAR") && dates > 0 && present - dates <= Math.max(2, 0.05 * present)) type = "DATE";
                    out.add(new segbrief.spec.ColumnFacts(e.getKey(), type, rows, present, r.getLong(i + 1),
                            r.getDouble(i + 2), r.getDouble(i + 3), r.getBoolean(i + 4)));
                    i += 7;
                }
            } finally {
                st.execute("SET preserve_insertion_order = false");
            }
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
        return out;
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
        while (true) {
            try {
                return load(spec, numeric, text, used, lenient);
            } catch (DirtyNumbers.Retry retry) {
                // values beyond the type sniffer's sample broke a numeric column: read again with it lenient
                if (!lenient.addAll(retry.columns)) throw new IllegalStateException("cast failures persist in " + retry.columns);
                reset(spec.sources().size());
            }
        }
    }

    /** Keeps values that are not usable numbers as missing, with a note, instead of stopping (the default). */
    public DuckDbSource strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Whether a numeric column read as text writes decimal commas, judged on the first rows (see DirtyNumbers). */
    private boolean decimalComma(Path file, String column) {
        try (Statement st = conn.createStatement()) {
            return DirtyNumbers.decimalComma(st, "(SELECT * FROM " + reader(file, Map.of(column, "VARCHAR"), -1, true)
                    + " LIMIT 20000)", column);
        } catch (SQLException e) {
            throw unreadable(file, e);
        }
    }

    private boolean monthFirst(BriefSpec spec) {
        String column = spec.date().name();
        boolean us = spec.locale() != null && spec.locale().equals("en-US");
        for (SourceSpec src : spec.sources()) {
            if (!isCsv(src.file()) || !describe(src.file()).containsKey(column)) continue;
            try (Statement st = conn.createStatement()) {
                return DateText.monthFirst(st, "(SELECT * FROM " + reader(src.file(), Map.of(column, "VARCHAR"), -1, true)
                        + " LIMIT 1000000)", column, us);
            } catch (SQLException e) {
                throw unreadable(src.file(), e);
            }
        }
        return us;
    }

    private static Map<String, String> tableColumns(Statement st) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (ResultSet r = st.executeQuery("DESCRIBE " + TABLE)) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    private void reset(int sources) {
        try (Statement st = conn.createStatement()) {
            st.execute("DROP TABLE IF EXISTS " + TABLE);
            for (int i = 0; i < sources; i++) {
                st.execute("DROP TABLE IF EXISTS src_" + i);
                st.execute("DROP TABLE IF EXISTS rej_" + i);
                st.execute("DROP TABLE IF EXISTS rejscan_" + i);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clear a first read: " + e.getMessage(), e);
        }
    }

    private Ingested load(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used, Set<String> lenient) {
        List<SourceSpec> sources = spec.sources();
        List<Map<String, String>> files = new ArrayList<>();
        List<Map<String, String>> headers = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (SourceSpec src : sources) {
            Map<String, String> all = describe(src.file());
            files.add(all);
            Map<String, String> kept = new LinkedHashMap<>();
            all.forEach((c, t) -> {
                if (used == null || used.contains(c) || isJoinKey(sources, c) || sources.size() == 1 && LineItems.isOrderColumn(c)) kept.put(c, t);
                else if (!unread.contains(c)) unread.add(c);
            });
            headers.add(kept);
        }
        List<CompletableFuture<String>> hashes = sources.stream()
                .map(src -> CompletableFuture.supplyAsync(() -> sha256(src.file()))).toList();

        boolean ownSql = !spec.derive().isEmpty() || spec.filter() != null;
        boolean trimLater = sources.size() == 1 && !ownSql;
        List<SourceInfo> infos = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, String> finalTypes = new LinkedHashMap<>();
        List<String> selects = new ArrayList<>();
        List<Map<String, String>> overrides = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> cleaned = new ArrayList<>();
        List<List<String>> commas = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            cleaned.add(new ArrayList<>());
            commas.add(new ArrayList<>());
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            Map<String, String> types = new LinkedHashMap<>();
            StringBuilder select = new StringBuilder();
            for (var e : headers.get(i).entrySet()) {
                String c = e.getKey();
                if (i > 0 && seen.contains(c) && !c.equals(src.joinRight() == null ? null : src.joinRight().name())) {
                    continue; // the earlier source's column wins; a join never duplicates names
                }
                String type = e.getValue();
                // a spec's decimal: comma reads every number column as text, or 1.234 would be read as 1.234, not 1234
                boolean forcedComma = src.decimal() == BriefSpec.DecimalMark.COMMA;
                boolean clean = numeric.contains(c) && isCsv(src.file())
                        && (forcedComma || !strict && (lenient.contains(c) || !isNumericType(type)));
                if (clean) {
                    // read as text and turned into a number or missing (see DirtyNumbers); the probe finds the lines
                    types.put(c, "VARCHAR");
                    finalTypes.putIfAbsent(c, "DOUBLE");
                    cleaned.get(i).add(c);
                    if (!select.isEmpty()) select.append(", ");
                    boolean comma = src.decimal() == null ? decimalComma(src.file(), c) : forcedComma;
                    if (comma) commas.get(i).add(c);
                    select.append(DirtyNumbers.clean(c, comma)).append(" AS ").append(Sql.id(c));
                    continue;
                }
                if (numeric.contains(c) && !isNumericType(type)) types.put(c, "DOUBLE");
                boolean asText = text.contains(c) || isJoinKey(sources, c);
                if (asText && !type.equals("VARCHAR")) types.put(c, "VARCHAR");
                String finalType = types.getOrDefault(c, type);
                finalTypes.putIfAbsent(c, finalType);
                if (!select.isEmpty()) select.append(", ");
                // One source: text is trimmed after loading, only where a value needs it (trimming every value of
                // every text column costs 1.5 s on 10M rows); joins and derived columns need it trimmed first.
                select.append(finalType.equals("VARCHAR") && !trimLater
                        ? "NULLIF(trim(" + Sql.id(c) + "), '') AS " + Sql.id(c) : Sql.id(c));
            }
            seen.addAll(headers.get(i).keySet());
            selects.add(select.toString());
            overrides.add(types);
        }
        String dateType = spec.date() == null ? null : finalTypes.get(spec.date().name());
        if ("VARCHAR".equals(dateType)) monthFirst = monthFirst(spec);
        try (Statement st = conn.createStatement()) {
            chooseStorage(sources);
            if (compressed) notes.add("Large for the memory limit: the data was held compressed in a scratch database");
            long rejected = 0;
            String date = dateType == null ? null : dateExpr(spec, dateType);
            if (sources.size() == 1) {
                // One source: read it straight into the facts table, no intermediate copy.
                SourceSpec only = sources.getFirst();
                firstClean(only.file(), "DROP TABLE IF EXISTS " + TABLE,
                        s -> buildFacts(s, spec, headers, "(SELECT " + selects.getFirst() + " FROM "
                                + reader(only.file(), overrides.getFirst(), -1, false) + ") src_0", date),
                        s -> buildFacts(s, spec, headers, "(SELECT " + selects.getFirst() + " FROM "
                                + reader(only.file(), overrides.getFirst(), 0, false) + ") src_0", date));
            } else {
                for (int i = 0; i < sources.size(); i++) {
                    int k = i;
                    String create = "CREATE TABLE src_" + i + " AS SELECT " + selects.get(i) + " FROM ";
                    firstClean(sources.get(i).file(), "DROP TABLE IF EXISTS src_" + i,
                            s -> s.execute(create + reader(sources.get(k).file(), overrides.get(k), -1, false)),
                            s -> s.execute(create + reader(sources.get(k).file(), overrides.get(k), k, false)));
                }
                buildFacts(st, spec, headers, joins(st, spec, headers, notes), date);
            }
            if (trimLater) {
                mark.accept("read");
                trimText(st, headers.getFirst().keySet(), finalTypes);
            }
            checkNumbers(st, sources, numeric, cleaned, commas, notes);
            if ("VARCHAR".equals(dateType)) checkDates(st, spec, notes);
            String orderColumn = sources.size() == 1 ? LineItems.fill(st, TABLE, tableColumns(st), notes) : null;
            long loaded = count(st, "SELECT count(*) FROM " + TABLE);
            if (ownSql) {
                // the spec's own SQL runs only once the files are in and every way out of the database is closed
                SpecExpressions.lock(st);
                SpecExpressions.apply(conn, TABLE, spec, notes);
            }
            boolean integerIds = spec.customerId() != null && integerIds(st, spec.customerId().name());
            mark.accept("tidy");
            if (!unread.isEmpty()) notes.add("Not read (the brief does not use them): " + String.join(", ", unread));
            for (int i = 0; i < sources.size(); i++) {
                SourceSpec src = sources.get(i);
                if (isCsv(src.file())) rejected += collectRejections(st, i, src.file(), rejections);
                long rows = sources.size() == 1 ? loaded : count(st, "SELECT count(*) FROM src_" + i);
                infos.add(new SourceInfo(src.name(), src.file().getFileName().toString(),
                        isCsv(src.file()) ? "csv" : "parquet", null, rows, files.get(i).size()));
            }
            if (sources.size() > 1) unmatched(st, spec, notes);
            for (SourceSpec src : sources) {
                if (isCsv(src.file())) notes.addAll(prepared(src.file()).notes());
                if (isCsv(src.file())) notes.addAll(headerNames(src.file()).notes());
            }
            if (integerIds) {
                // every id reads back the same from its BIGINT copy: the text (the largest column to hold, and to
                // compress: 10M rows, 946k ids, 3 s) is redundant once the join checks above have read it
                String id = Sql.id(spec.customerId().name());
                st.execute("ALTER TABLE " + TABLE + " DROP COLUMN " + id);
                st.execute("ALTER TABLE " + TABLE + " RENAME COLUMN " + NUMERIC_ID + " TO " + id);
            }
            if (packed || stored) st.execute("CHECKPOINT store");  // compresses (or finishes writing) the loaded table
            if (!ownSql) SpecExpressions.lock(st);
            long rows = loaded;
            Map<String, String> columns = new LinkedHashMap<>();
            try (ResultSet r = st.executeQuery("DESCRIBE " + TABLE)) {
                while (r.next()) columns.put(r.getString(1), r.getString(2));
            }
            Map<String, String> ordered = new LinkedHashMap<>();  // the files' order, whatever ALTER TABLE did
            for (Map<String, String> h : headers) for (String c : h.keySet()) if (columns.containsKey(c)) ordered.putIfAbsent(c, columns.get(c));
            ordered.putAll(columns);
            columns = ordered;
            String dateColumn = null;
            boolean yearsOnly = false;
            if (spec.date() != null) {
                String type = columns.get(spec.date().name());
                if (dateType == null) { // a derived date column: its type is known only now
                    st.execute("ALTER TABLE " + TABLE + " ADD COLUMN " + DATE + " DATE");
                    st.execute("UPDATE " + TABLE + " SET " + DATE + " = " + dateExpr(spec, type));
                }
                checkDate(st, spec, type);
                yearsOnly = isNumericType(type);
                dateColumn = DATE;
                columns.remove(DATE);
            }
            for (int i = 0; i < sources.size(); i++) {
                SourceInfo s = infos.get(i);
                infos.set(i, new SourceInfo(s.name(), s.file(), s.format(), hashes.get(i).join(), s.rows(), s.columns()));
            }
            DataChecks.run(new DuckDbEngine(conn), TABLE, columns, rows, spec.measures().isEmpty() ? null : spec.primary().column().name(), notes);
            mark.accept("checks");
            // The load kept a BIGINT copy of the ids beside the text: integer ids replaced their text above;
            // otherwise the analysis leaves the unused copy out.
            String projection = columns.remove(NUMERIC_ID) != null ? "* EXCLUDE (" + NUMERIC_ID + ")" : "*";
            return new Ingested(TABLE, projection, columns, dateColumn, yearsOnly, infos, rows, rejected, rejections, notes,
                    columns.containsKey(orderColumn) ? orderColumn : null);
        } catch (SQLException e) {
            throw translate(e, spec);
        }
    }

    /** One read of a source into a table, on the statement given. */
    private interface Read {
        void into(Statement st) throws SQLException;
    }

    /**
     * Reads a CSV source first as a clean file, with no rejects table: DuckDB's reader records every rejected row's
     * line only at a cost to every row (a third more time on a clean file). A file with a row the reader cannot take
     * (a cast failure, a row of the wrong width) fails that read, and is read again with the rejects table, which then
     * gives the same rows, rejections and errors as a read that kept them from the start.
     */
    private void firstClean(Path file, String undo, Read clean, Read keepingRejects) throws SQLException {
        if (isCsv(file)) {
            // a statement of its own: a failed query closes the statement it ran on
            try (Statement own = conn.createStatement()) {
                clean.into(own);
                return;
            } catch (SQLException e) {
                try (Statement own = conn.createStatement()) {
                    own.execute(undo);
                }
            }
        }
        try (Statement own = conn.createStatement()) {
            keepingRejects.into(own);
        }
    }

    /**
     * Values that are not usable numbers in the numeric columns (see {@link DirtyNumbers}): a first read's cast
     * failures ask for a lenient second read; text read leniently and NaN, infinities or absurd magnitudes read as
     * numbers are found by line and counted as missing, with a note per column (with --strict the first stops the run).
     * Runs before the spec's own SQL locks the database away from files.
     */
    private void checkNumbers(Statement st, List<SourceSpec> sources, Set<String> numeric, List<List<String>> cleaned,
                              List<List<String>> commas, List<String> notes) throws SQLException {
        if (!strict) {
            Set<String> failed = DirtyNumbers.castFailures(st, sources.size());
            if (!failed.isEmpty()) throw new DirtyNumbers.Retry(failed);
        }
        Map<String, String> types = new LinkedHashMap<>();
        try (ResultSet r = st.executeQuery("DESCRIBE " + TABLE)) {
            while (r.next()) types.put(r.getString(1), r.getString(2));
        }
        List<String> odd = new ArrayList<>();
        for (String c : numeric) {
            String t = types.get(c);
            if (t != null && (t.equals("DOUBLE") || t.equals("FLOAT")) && cleaned.stream().noneMatch(l -> l.contains(c))
                    && count(st, "SELECT count(*) FROM " + TABLE + " WHERE " + DirtyNumbers.unusable(c)) > 0) {
                odd.add(c);
            }
        }
        for (String c : odd) st.execute("UPDATE " + TABLE + " SET " + Sql.id(c) + " = NULL WHERE " + DirtyNumbers.unusable(c));
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            List<String> probe = new ArrayList<>(cleaned.get(i));
            String name = src.file().getFileName().toString();
            for (String c : commas.get(i)) {
                // the probe's decimal type reads decimal points only: these columns are checked by their raw text
                probe.remove(c);
                String raw = Sql.id(c);
                String badRows = " FROM " + reader(src.file(), Map.of(c, "VARCHAR"), -1, false)
                        + " WHERE " + raw + " IS NOT NULL AND " + DirtyNumbers.clean(c, true) + " IS NULL";
                long bad = count(st, "SELECT count(*)" + badRows);
                Set<String> values = new LinkedHashSet<>();
                List<Long> lines = List.of();
                if (bad > 0) {
                    try (ResultSet r = st.executeQuery("SELECT DISTINCT " + raw + badRows + " ORDER BY 1 LIMIT 1000")) {
                        while (r.next()) values.add(r.getString(1));
                    }
                    lines = DirtyNumbers.commaLines(st, reader(src.file(), Map.of(c, "DOUBLE"), -1, false), c, values);
                }
                if (strict && bad > 0) {
                    String at = lines.isEmpty() ? "" : " line " + lines.getFirst();
                    throw new UserError(UserError.Kind.DATA, src.file() + at + " column \"" + c + "\"", "\"" + values.iterator().next()
                            + "\" is not a usable number", "expected a number with a decimal comma like 1.234,56 (without --strict such "
                            + "values are counted as missing)");
                }
                String why = src.decimal() == BriefSpec.DecimalMark.COMMA ? " as the spec's decimal: comma says" : "";
                notes.add(name + " column \"" + c + "\": read with decimal commas (1.234,56)" + why
                        + (bad == 0 ? "" : String.format(Locale.ROOT, "; %,d value(s) that are not usable numbers (%s) counted as missing%s", bad,
                        String.join(", ", values.stream().limit(3).map(v -> "\"" + v + "\"").toList()),
                        lines.isEmpty() ? "" : ", line" + (bad > 1 ? "s " : " ") + LineList.of(lines, bad))));
            }
            for (String c : odd) if (describe(src.file()).containsKey(c) && !probe.contains(c)) probe.add(c);
            if (probe.isEmpty()) continue;
            if (!isCsv(src.file())) {
                notes.add(name + ": " + String.join(", ", probe) + " held NaN, infinite or absurdly large values, counted as missing");
                continue;
            }
            Map<String, String> asDecimal = new LinkedHashMap<>();
            for (String c : probe) asDecimal.put(c, "DECIMAL(18,3)");
            String rejects = "probe_" + i;
            String reader = reader(src.file(), asDecimal, -1, false).replaceFirst("\\)$",
                    ", store_rejects = true, rejects_table = '" + rejects + "', rejects_scan = '" + rejects + "_scan')");
            for (DirtyNumbers.Found f : DirtyNumbers.probe(st, reader, rejects, probe)) {
                if (strict) throw DirtyNumbers.strict(src.file().toString(), f);
                notes.add(DirtyNumbers.note(name, f));
            }
            st.execute("DROP TABLE IF EXISTS " + rejects + "_scan");
        }
    }

    /**
     * Trims the spaces around text values and turns empty text into NULL, touching only the rows that need it: one
     * scan finds which columns have such values (cheap prefix and suffix tests), an UPDATE fixes just those rows.
     */
    private static void trimText(Statement st, Set<String> columns, Map<String, String> types) throws SQLException {
        List<String> text = columns.stream().filter(c -> "VARCHAR".equals(types.get(c))).toList();
        if (text.isEmpty()) return;
        StringBuilder q = new StringBuilder("SELECT 0");
        for (String c : text) q.append(", count(*) FILTER (").append(untrimmed(c)).append(')');
        List<String> dirty = new ArrayList<>();
        try (ResultSet r = st.executeQuery(q + " FROM " + TABLE)) {
            r.next();
            for (int i = 0; i < text.size(); i++) if (r.getLong(i + 2) > 0) dirty.add(text.get(i));
        }
        for (String c : dirty) {
            st.execute("UPDATE " + TABLE + " SET " + Sql.id(c) + " = NULLIF(trim(" + Sql.id(c) + "), '') WHERE " + untrimmed(c));
        }
    }

    /**
     * Customer ids are read as text so that "00123" stays "00123". When every id is a plain integer that reads back
     * the same (no leading zeros, no sign or spaces), the analysis reads the BIGINT copy: every per-customer group, distinct
     * count and sort then works on 8-byte integers instead of strings (10M rows: about a third faster, less memory).
     */
    private static boolean integerIds(Statement st, String column) throws SQLException {
        String type = null;
        boolean copied = false;
        try (ResultSet r = st.executeQuery("DESCRIBE " + TABLE)) {
            while (r.next()) {
                if (r.getString(1).equals(NUMERIC_ID)) copied = true;
                if (r.getString(1).equals(column)) type = r.getString(2);
            }
        }
        if (!copied || !"VARCHAR".equals(type)) return false;
        String c = Sql.id(column);
        // canonical integers only (what the BIGINT prints back as): a pattern test, cheaper than printing every id
        return count(st, "SELECT count(*) FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND (" + NUMERIC_ID
                + " IS NULL OR NOT regexp_full_match(" + c + ", '-?[1-9][0-9]*|0'))") == 0;
    }

    private static String untrimmed(String column) {
        String c = Sql.id(column);
        return "starts_with(" + c + ", ' ') OR ends_with(" + c + ", ' ') OR " + c + " = ''";
    }

    private String joins(Statement st, BriefSpec spec, List<Map<String, String>> headers, List<String> notes) throws SQLException {
        StringBuilder from = new StringBuilder("src_0");
        List<SourceSpec> sources = spec.sources();
        for (int i = 1; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            String left = src.joinLeft().name();
            String right = src.joinRight().name();
            long dupes = count(st, "SELECT count(*) - count(DISTINCT " + Sql.id(right) + ") FROM src_" + i);
            if (dupes > 0) {
                notes.add(src.name() + ": " + dupes + " repeated values of join key \"" + right
                        + "\"; rows matching them are counted once per match");
            }
            from.append(" LEFT JOIN src_").append(i).append(" ON ");
            from.append(owner(headers, left, i)).append('.').append(Sql.id(left))
                    .append(" = src_").append(i).append('.').append(Sql.id(right));
        }
        return from.toString();
    }

    private void buildFacts(Statement st, BriefSpec spec, List<Map<String, String>> headers, String from, String dateExpr)
            throws SQLException {
        StringBuilder select = new StringBuilder();
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            for (String c : headers.get(i).keySet()) {
                if (!taken.add(c)) continue;
                if (!select.isEmpty()) select.append(", ");
                select.append("src_").append(i).append('.').append(Sql.id(c));
            }
        }
        // The date is computed over the joined columns by their plain names, so it never meets the ambiguity of a
        // join key present in two sources (derived columns are added the same way, later: see SpecExpressions).
        StringBuilder outer = new StringBuilder("*");
        if (dateExpr != null) outer.append(", ").append(dateExpr).append(" AS ").append(DATE);
        String id = spec.customerId() == null ? null : spec.customerId().name();
        if (id != null && taken.contains(id)) {
            outer.append(", TRY_CAST(").append(Sql.id(id)).append(" AS BIGINT) AS ").append(NUMERIC_ID);
        }
        st.execute("CREATE TABLE " + TABLE + " AS SELECT " + outer + " FROM (SELECT " + select + " FROM " + from + ")");
    }

    private void unmatched(Statement st, BriefSpec spec, List<String> notes) throws SQLException {
        List<SourceSpec> sources = spec.sources();
        for (int i = 1; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            long unmatched = count(st, "SELECT count(*) FROM " + TABLE + " f WHERE f." + Sql.id(src.joinLeft().name())
                    + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM src_" + i + " s WHERE s." + Sql.id(src.joinRight().name())
                    + " = f." + Sql.id(src.joinLeft().name()) + ")");
            if (unmatched > 0) {
                notes.add(unmatched + " rows have a \"" + src.joinLeft().name() + "\" with no match in " + src.name()
                        + "; their " + src.name() + " columns are \"(missing)\"");
            }
        }
    }

    /** The SQL giving a DATE from the date column: dates and timestamps cast, years to 1 January, text parsed. */
    private String dateExpr(BriefSpec spec, String type) {
        String c = Sql.id(spec.date().name());
        if (type.startsWith("DATE") || type.startsWith("TIMESTAMP")) return "CAST(" + c + " AS DATE)";
        if (isNumericType(type)) {
            return "CASE WHEN " + c + " BETWEEN 1900 AND 2200 THEN make_date(CAST(" + c + " AS INTEGER), 1, 1) END";
        }
        String t = "trim(" + c + ")";  // text is trimmed after the date is read from it
        return DateText.parse(t, monthFirst);
    }

    /**
     * Text in the date column that gives no date (2023-02-30, "soon"): its rows stay, without a date (outside every
     * period and trend), and a note says how many, which values and on which lines; with --strict the first stops
     * the run. Runs before the database is locked away from files: the lines come from a second read.
     */
    private void checkDates(Statement st, BriefSpec spec, List<String> notes) throws SQLException {
        String column = spec.date().name();
        String c = Sql.id(column);
        long bad = count(st, "SELECT count(*) FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND " + DATE + " IS NULL");
        datesCounted = !strict;
        if (bad == 0 || strict) return;  // strict: checkDate stops at the first
        java.util.Set<String> values = new LinkedHashSet<>();
        try (ResultSet r = st.executeQuery("SELECT DISTINCT trim(" + c + ") FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND "
                + DATE + " IS NULL ORDER BY 1 LIMIT 1000")) {
            while (r.next()) values.add(r.getString(1));
        }
        SourceSpec src = spec.sources().stream().filter(s -> describe(s.file()).containsKey(column)).findFirst().orElse(null);
        List<Long> lines = List.of();
        if (src != null && isCsv(src.file())) {
            String reader = reader(src.file(), Map.of(column, "DATE"), -1, false).replaceFirst("\\)$",
                    ", store_rejects = true, rejects_table = 'probe_date', rejects_scan = 'probe_date_scan')");
            lines = DateText.lines(st, reader, "probe_date", column, values);
            st.execute("DROP TABLE IF EXISTS probe_date_scan");
        }
        String file = src == null ? "" : src.file().getFileName().toString() + " ";
        notes.add(String.format(Locale.ROOT, "%scolumn \"%s\": %,d value(s) that are not dates (%s) left without a date, outside every period and trend%s",
                file, column, bad, String.join(", ", values.stream().limit(3).map(v -> "\"" + v + "\"").toList()),
                lines.isEmpty() ? "" : ", line" + (bad > 1 ? "s " : " ") + LineList.of(lines, bad)));
    }

    /** Every value of the date column must give a date: years, dates, or text in a known date format. */
    private void checkDate(Statement st, BriefSpec spec, String type) throws SQLException {
        String c = Sql.id(spec.date().name());
        String where = spec.origin() + " line " + spec.date().line();
        if (isNumericType(type)) {
            long outside = count(st, "SELECT count(*) FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND ("
                    + c + " < 1900 OR " + c + " > 2200 OR " + c + " <> floor(" + c + "))");
            if (outside > 0) {
                throw new UserError(UserError.Kind.SPEC, where, "date column \"" + spec.date().name()
                        + "\" holds numbers that are not years", "name a column of dates (2023-11-30) or years (2023)");
            }
        } else if (!type.startsWith("DATE") && !type.startsWith("TIMESTAMP") && !datesCounted) {
            try (ResultSet r = st.executeQuery("SELECT " + c + " FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND "
                    + DATE + " IS NULL LIMIT 1")) {
                if (r.next()) {
                    throw new UserError(UserError.Kind.DATA, "column \"" + spec.date().name() + "\"",
                            "\"" + r.getString(1) + "\" is not a date", "expected a date like 2023-11-30 (" + where + " names it the date)");
                }
            }
        }
    }

    private long collectRejections(Statement st, int i, Path file, List<Rejection> out) throws SQLException {
        long n = 0;
        // a statement of its own: a failed query closes the statement it ran on (a clean first read has no rejects table)
        try (Statement own = st.getConnection().createStatement();
             ResultSet r = own.executeQuery("SELECT line, column_name, error_type, error_message, csv_line FROM rej_" + i
                + " ORDER BY line")) {
            while (r.next()) {
                String type = r.getString(3);
                String column = r.getString(2);
                if (type != null && type.toUpperCase(Locale.ROOT).contains("ENCODING")) {
                    throw new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d", file, r.getLong(1)),
                            "not valid UTF-8 text", "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
                }
                if ("CAST".equals(type)) {
                    String value = castValue(r.getString(4));
                    throw new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d column \"%s\"",
                            file, r.getLong(1), column), (value == null ? "the value" : "\"" + value + "\"")
                            + " is not a number", "expected a decimal like 12.50; fix the value or remove the column from measures and bins");
                }
                n++;
                if (out.size() < MAX_REJECTIONS_SHOWN) {
                    out.add(new Rejection(file.getFileName().toString(), r.getLong(1), column, type.toLowerCase(Locale.ROOT)
                            + ": " + r.getString(4)));
                }
            }
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not exist")) return 0;
            throw e;
        }
        return n;
    }

    private static String castValue(String message) {
        if (message == null) return null;
        var m = java.util.regex.Pattern.compile("string \"(.*)\" to").matcher(message);
        return m.find() ? m.group(1) : null;
    }

    private static String owner(List<Map<String, String>> headers, String column, int before) {
        return Joins.owner(headers, column, before);
    }

    private static boolean isJoinKey(List<SourceSpec> sources, String c) {
        return Joins.isJoinKey(sources, c);
    }

    static boolean isNumericType(String t) {
        return t.startsWith("DECIMAL") || t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL)");
    }

    private String reader(Path file, Map<String, String> types, int rejectsIndex, boolean lenient) {
        if (!isCsv(file)) return "read_parquet(" + Sql.str(file.toString()) + ")";
        String path = Sql.str(prepared(file).path().toString());
        StringBuilder r = new StringBuilder("read_csv(").append(path).append(", header = true, sample_size = 20480");
        List<String> names = headerNames(file).names();
        if (names != null) {
            r.append(", names = [");
            for (int k = 0; k < names.size(); k++) r.append(k > 0 ? ", " : "").append(Sql.str(names.get(k)));
            r.append(']');
        }
        r.append(", nullstr = ").append(MISSING_TOKENS);
        if (lenient) r.append(", ignore_errors = true");
        if (rejectsIndex >= 0) {
            r.append(", store_rejects = true, rejects_table = 'rej_").append(rejectsIndex)
                    .append("', rejects_scan = 'rejscan_").append(rejectsIndex).append('\'');
        }
        if (!types.isEmpty()) {
            r.append(", types = {");
            int k = 0;
            for (var e : types.entrySet()) {
                if (k++ > 0) r.append(", ");
                r.append(Sql.str(e.getKey())).append(": ").append(Sql.str(e.getValue()));
            }
            r.append('}');
        }
        return r.append(')').toString();
    }

    private final Map<Path, HeaderNames.Fixed> headerNames = new java.util.HashMap<>();

    private HeaderNames.Fixed headerNames(Path file) {
        return headerNames.computeIfAbsent(file.toAbsolutePath(),
                f -> HeaderNames.fix(prepared(f).path(), f.getFileName().toString()));
    }

    private TextEncoding.Prepared prepared(Path file) {
        return prepared.computeIfAbsent(file.toAbsolutePath(), f -> TextEncoding.prepare(f, spill.resolve("text")));
    }

    static boolean isCsv(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.endsWith(".parquet") && !n.endsWith(".pq");
    }

    private static UserError unreadable(Path file, SQLException e) {
        return ReadErrors.unreadable(file, e);
    }

    private static UserError translate(SQLException e, BriefSpec spec) {
        return ReadErrors.loading(spec.origin(), e);
    }

    /** The line of a DuckDB message that names the cause ("Binder Error: ..."), else its first line. */
    static String firstLine(String s) {
        if (s == null) return "";
        String t = s.strip();
        for (String line : t.split("\n")) {
            if (line.matches("^(Binder|Parser|Conversion|Invalid Input|Catalog|Out of Memory|IO) Error.*")) return line.strip();
        }
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }

    private static long count(Statement st, String sql) throws SQLException {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
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
        return prepared(file).path();
    }

    /** What reading {@code file} repaired (its encoding, its header names), as the data notes say it. */
    public List<String> readNotes(Path file) {
        List<String> out = new ArrayList<>(prepared(file).notes());
        out.addAll(headerNames(file).notes());
        return out;
    }

    @Override
    public segbrief.engine.Engine engine() {
        return new DuckDbEngine(conn);
    }

    @Override
    public Ingested slice(Ingested data, int index, Map<segbrief.spec.BriefSpec.Col, List<String>> filter, String origin, String note) {
        return Slice.of(engine(), data, index, filter, origin, note);
    }

    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // the database is scratch space: closing it cannot lose anything
        }
        if (Files.isDirectory(spill)) {
            try (var files = Files.walk(spill)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover spill folder in the temporary folder is harmless
            }
        }
    }
}
