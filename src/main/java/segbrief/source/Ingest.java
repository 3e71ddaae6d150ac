package segbrief.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import segbrief.brief.DataQuality.Rejection;
import segbrief.brief.SourceInfo;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * One load of a spec's sources into {@link DuckDbSource#TABLE}: the columns each source contributes and the types
 * they are read as ({@link IngestSelects}), the joins, the date column, then the checks ({@link IngestChecks}), the
 * spec's own SQL inside the sandbox ({@link SpecExpressions}), integer ids ({@link IntegerIds}) and the table
 * checks ({@link DataChecks}).
 */
final class Ingest {
    private static final String TABLE = DuckDbSource.TABLE;
    private static final String DATE = DuckDbSource.DATE;

    private final Connection conn;
    private final DuckDbEngine engine;
    private final CsvReader reader;
    private final FileProbe probe;
    private final Storage storage;
    private final boolean strict;
    private final Consumer<String> mark;
    /** Numeric dates in the date column read month-first (see DateText). */
    private boolean monthFirst;

    Ingest(Connection conn, CsvReader reader, FileProbe probe, Storage storage, boolean strict, Consumer<String> mark) {
        this.conn = conn;
        this.engine = new DuckDbEngine(conn);
        this.reader = reader;
        this.probe = probe;
        this.storage = storage;
        this.strict = strict;
        this.mark = mark;
    }

    /** The columns of the table as it stands (name → type), in its order. */
    static Map<String, String> tableColumns(DuckDbEngine engine) {
        Map<String, String> out = new LinkedHashMap<>();
        try (Rows r = engine.query("columns of " + TABLE, "DESCRIBE " + TABLE)) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        }
        return out;
    }

    /** Drops a first read's tables before a second (see DirtyNumbers.Retry). */
    void reset(int sources) {
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

    Ingested load(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used, Set<String> lenient) {
        List<SourceSpec> sources = spec.sources();
        IngestSelects plan = IngestSelects.plan(spec, numeric, text, used, lenient, strict, probe);
        List<Map<String, String>> headers = plan.headers();
        List<CompletableFuture<String>> hashes = sources.stream()
                .map(src -> CompletableFuture.supplyAsync(() -> DuckDbSource.sha256(src.file()))).toList();

        boolean ownSql = !spec.derive().isEmpty() || spec.filter() != null;
        boolean trimLater = plan.trimLater();
        List<SourceInfo> infos = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        IngestChecks checks = new IngestChecks(engine, reader, probe, strict);
        String dateType = spec.date() == null ? null : plan.finalTypes().get(spec.date().name());
        if ("VARCHAR".equals(dateType)) monthFirst = probe.monthFirst(spec);
        try (Statement st = conn.createStatement()) {
            storage.choose(sources);
            if (storage.compressed()) notes.add("Large for the memory limit: the data was held compressed in a scratch database");
            long rejected = 0;
            String date = dateType == null ? null : dateExpr(spec, dateType);
            if (sources.size() == 1) {
                // One source: read it straight into the facts table, no intermediate copy.
                SourceSpec only = sources.getFirst();
                firstClean(only.file(), "DROP TABLE IF EXISTS " + TABLE,
                        s -> buildFacts(s, spec, headers, "(SELECT " + plan.selects().getFirst() + " FROM "
                                + reader.expression(only.file(), plan.overrides().getFirst(), -1, false) + ") src_0", date),
                        s -> buildFacts(s, spec, headers, "(SELECT " + plan.selects().getFirst() + " FROM "
                                + reader.expression(only.file(), plan.overrides().getFirst(), 0, false) + ") src_0", date));
            } else {
                for (int i = 0; i < sources.size(); i++) {
                    int k = i;
                    String create = "CREATE TABLE src_" + i + " AS SELECT " + plan.selects().get(i) + " FROM ";
                    firstClean(sources.get(i).file(), "DROP TABLE IF EXISTS src_" + i,
                            s -> s.execute(SqlLog.named("read " + sources.get(k).name(),
                                    create + reader.expression(sources.get(k).file(), plan.overrides().get(k), -1, false))),
                            s -> s.execute(SqlLog.named("read " + sources.get(k).name() + " keeping rejected rows",
                                    create + reader.expression(sources.get(k).file(), plan.overrides().get(k), k, false))));
                }
                buildFacts(st, spec, headers, Joins.from(engine, spec, headers, notes), date);
            }
            if (trimLater) {
                mark.accept("read");
                TextTrim.trim(engine, headers.getFirst().keySet(), plan.finalTypes());
            }
            checks.numbers(sources, numeric, plan.cleaned(), plan.commas(), notes);
            if ("VARCHAR".equals(dateType)) checks.dates(spec, notes);
            String orderColumn = sources.size() == 1 ? LineItems.fill(engine, TABLE, tableColumns(engine), notes) : null;
            long loaded = engine.scalar("rows loaded", "SELECT count(*) FROM " + TABLE);
            if (ownSql) {
                // the spec's own SQL runs only once the files are in and every way out of the database is closed
                SpecExpressions.lock(st);
                SpecExpressions.apply(conn, TABLE, spec, notes);
            }
            boolean integerIds = spec.customerId() != null && IntegerIds.all(engine, spec.customerId().name());
            mark.accept("tidy");
            if (!plan.unread().isEmpty()) notes.add("Not read (the brief does not use them): " + String.join(", ", plan.unread()));
            for (int i = 0; i < sources.size(); i++) {
                SourceSpec src = sources.get(i);
                if (CsvReader.isCsv(src.file())) rejected += checks.rejections(i, src.file(), rejections);
                long rows = sources.size() == 1 ? loaded : engine.scalar("rows of " + src.name(), "SELECT count(*) FROM src_" + i);
                infos.add(new SourceInfo(src.name(), src.file().getFileName().toString(),
                        CsvReader.isCsv(src.file()) ? "csv" : "parquet", null, rows, plan.files().get(i).size()));
            }
            if (sources.size() > 1) Joins.unmatched(engine, spec, TABLE, notes);
            for (SourceSpec src : sources) {
                if (CsvReader.isCsv(src.file())) notes.addAll(reader.notes(src.file()));
            }
            if (integerIds) IntegerIds.replace(engine, spec.customerId().name());
            storage.checkpoint(st);
            if (!ownSql) SpecExpressions.lock(st);
            long rows = loaded;
            Map<String, String> columns = tableColumns(engine);
            Map<String, String> ordered = new LinkedHashMap<>();  // the files' order, whatever ALTER TABLE did
            for (Map<String, String> h : headers) for (String c : h.keySet()) if (columns.containsKey(c)) ordered.putIfAbsent(c, columns.get(c));
            ordered.putAll(columns);
            columns = ordered;
            String dateColumn = null;
            boolean yearsOnly = false;
            if (spec.date() != null) {
                String type = columns.get(spec.date().name());
                if (dateType == null) { // a derived date column: its type is known only now
                    engine.execute("date column", "ALTER TABLE " + TABLE + " ADD COLUMN " + DATE + " DATE");
                    engine.execute("dates of the derived date column", "UPDATE " + TABLE + " SET " + DATE + " = " + dateExpr(spec, type));
                }
                checks.date(spec, type);
                yearsOnly = FileProbe.isNumericType(type);
                dateColumn = DATE;
                columns.remove(DATE);
            }
            for (int i = 0; i < sources.size(); i++) {
                SourceInfo s = infos.get(i);
                infos.set(i, new SourceInfo(s.name(), s.file(), s.format(), hashes.get(i).join(), s.rows(), s.columns()));
            }
            DataChecks.run(engine, TABLE, columns, rows, spec.measures().isEmpty() ? null : spec.primary().column().name(), notes);
            mark.accept("checks");
            // The load kept a BIGINT copy of the ids beside the text: integer ids replaced their text above;
            // otherwise the analysis leaves the unused copy out.
            String projection = columns.remove(IntegerIds.COLUMN) != null ? "* EXCLUDE (" + IntegerIds.COLUMN + ")" : "*";
            return new Ingested(TABLE, projection, columns, dateColumn, yearsOnly, infos, rows, rejected, rejections, notes,
                    columns.containsKey(orderColumn) ? orderColumn : null);
        } catch (SQLException e) {
            throw ReadErrors.loading(spec.origin(), e);
        } catch (EngineException e) {
            throw ReadErrors.loading(spec.origin(), e);
        }
    }

    /**
     * One read of a source into a table, on the statement given. The reads stay plain statements: whatever makes
     * the clean read fail, the answer is the second read, and only that one's failure reaches the user (see
     * {@link ReadErrors#loading}), where an out-of-memory failure is the one told apart, and it happens while running.
     */
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
        if (CsvReader.isCsv(file)) {
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
    private void buildFacts(Statement st, BriefSpec spec, List<Map<String, String>> headers, String from, String dateExpr)
            throws SQLException {
        List<String> select = new ArrayList<>();
        Set<String> taken = new LinkedHashSet<>();
        for (int i = 0; i < headers.size(); i++) {
            for (String c : headers.get(i).keySet()) {
                if (taken.add(c)) select.add("src_" + i + "." + Sql.id(c));
            }
        }
        // The date is computed over the joined columns by their plain names, so it never meets the ambiguity of a
        // join key present in two sources (derived columns are added the same way, later: see SpecExpressions).
        List<String> outer = new ArrayList<>(List.of("*"));
        if (dateExpr != null) outer.add(dateExpr + " AS " + DATE);
        String id = spec.customerId() == null ? null : spec.customerId().name();
        if (id != null && taken.contains(id)) outer.add(IntegerIds.copy(id));
        st.execute(SqlLog.named("facts table", "CREATE TABLE " + TABLE + " AS SELECT " + String.join(", ", outer)
                + " FROM (SELECT " + String.join(", ", select) + " FROM " + from + ")"));
    }

    /** The SQL giving a DATE from the date column: dates and timestamps cast, years to 1 January, text parsed. */
    private String dateExpr(BriefSpec spec, String type) {
        String c = Sql.id(spec.date().name());
        if (type.startsWith("DATE") || type.startsWith("TIMESTAMP")) return "CAST(" + c + " AS DATE)";
        if (FileProbe.isNumericType(type)) {
            return "CASE WHEN " + c + " BETWEEN 1900 AND 2200 THEN make_date(CAST(" + c + " AS INTEGER), 1, 1) END";
        }
        String t = "trim(" + c + ")";  // text is trimmed after the date is read from it
        return DateText.parse(t, monthFirst);
    }
}
