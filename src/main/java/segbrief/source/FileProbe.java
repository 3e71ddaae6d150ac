package segbrief.source;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.UserError;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;
import segbrief.spec.ColumnFacts;

/**
 * What a source file holds, read from its header and first rows without loading it: its columns and their sniffed
 * types ({@link #describe}), the counts role inference judges columns by ({@link #facts}), and the number and date
 * writing of a column (decimal commas, month-first dates).
 */
final class FileProbe {
    /** Role inference reads this many rows: roles show long before that, and a bare file is read in full only once. */
    private static final long FACTS_ROWS = 1_000_000;

    private static final String FACTS = """
            SELECT %s
            FROM (SELECT %s FROM (SELECT %s FROM (SELECT * FROM %s LIMIT %d)))""";

    private final Connection conn;
    private final DuckDbEngine engine;
    private final CsvReader reader;
    private final Map<Path, Map<String, String>> described = new java.util.HashMap<>();

    FileProbe(Connection conn, CsvReader reader) {
        this.conn = conn;
        this.engine = new DuckDbEngine(conn);
        this.reader = reader;
    }

    static boolean isNumericType(String t) {
        return t.startsWith("DECIMAL") || t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL)");
    }

    /** The columns of a file (trimmed header → sniffed type) without reading all of it; sniffed once per file. */
    Map<String, String> describe(Path file) {
        Map<String, String> known = described.get(file);
        if (known != null) return known;
        InputFile.check(file, null);
        known = Unchanged.columns(file);  // sniffed already in this process (role inference before the brief)
        if (known != null) {
            described.put(file, known);
            return known;
        }
        Map<String, String> out = new LinkedHashMap<>();
        try (Rows r = engine.query("describe " + file.getFileName(),
                "DESCRIBE SELECT * FROM " + reader.expression(file, Map.of(), -1, true))) {
            while (r.next()) out.put(r.getString(1), r.getString(2));
        } catch (EngineException e) {
            throw ReadErrors.unreadable(file, e);
        }
        if (out.size() < 2 && CsvReader.isCsv(file)) {
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
    List<ColumnFacts> facts(Path file) {
        Map<String, String> cols = describe(file);
        List<String> counts = new ArrayList<>(List.of("count(*)"));
        // each text column's numbers and dates computed once per row, in an inner projection (see TextFacts)
        List<String> guards = new ArrayList<>(List.of("*"));
        List<String> casts = new ArrayList<>(List.of("*"));
        int k = 0;
        for (var e : cols.entrySet()) {
            String c = Sql.id(e.getKey());
            boolean num = isNumericType(e.getValue());
            boolean text = e.getValue().equals("VARCHAR");
            String x = num ? c : text ? "__segbrief_x" + k : "NULL::DOUBLE";
            String d = text ? "__segbrief_d" + k : "NULL";
            if (text) {
                String g = "__segbrief_g" + k;
                guards.add(TextFacts.castable(c) + " AS " + g);
                casts.add(TextFacts.when(g, TextFacts.number(c)) + " AS " + x);
                casts.add(TextFacts.when(g, TextFacts.date(c)) + " AS " + d);
            }
            counts.add("count(" + c + ")");
            counts.add("count(DISTINCT " + c + ")");
            // text that is nearly all numbers (one "12.5O" among thousands) is judged as the number column it is
            counts.add("min(" + x + ")::DOUBLE");
            counts.add("max(" + x + ")::DOUBLE");
            counts.add("bool_and(" + x + " = floor(" + x + "))");
            counts.add("count(" + x + ")");
            // text that is nearly all dates (one 2023-02-30 among them) is judged as the date column it is
            counts.add("count(" + d + ")");
            k++;
        }
        String sql = FACTS.formatted(String.join(", ", counts), String.join(", ", casts), String.join(", ", guards),
                reader.expression(file, Map.of(), -1, true), FACTS_ROWS);
        List<ColumnFacts> out = new ArrayList<>();
        try {
            setInsertionOrder(true);
            try (Rows r = engine.query("column facts " + file.getFileName(), sql)) {
                r.next();
                long rows = r.getLong(1);
                int i = 2;
                for (var e : cols.entrySet()) {
                    long present = r.getLong(i);
                    String type = ColumnFacts.judged(e.getValue(), present, r.getLong(i + 5), r.getLong(i + 6));
                    out.add(new ColumnFacts(e.getKey(), type, rows, present, r.getLong(i + 1),
                            orNaN(r, i + 2), orNaN(r, i + 3), r.getBoolean(i + 4)));
                    i += 7;
                }
            } finally {
                setInsertionOrder(false);
            }
        } catch (EngineException e) {
            throw ReadErrors.unreadable(file, e);
        } catch (SQLException e) {
            throw ReadErrors.unreadable(file, e);
        }
        return out;
    }

    /** A column without numbers has no range: NaN, as role inference expects (Rows reads a missing double as 0). */
    private static double orNaN(Rows r, int column) {
        double v = r.getDouble(column);
        return r.wasNull() ? Double.NaN : v;
    }

    private void setInsertionOrder(boolean keep) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute("SET preserve_insertion_order = " + keep);
        }
    }

    /** Whether a numeric column read as text writes decimal commas, judged on the first rows (see DirtyNumbers). */
    boolean decimalComma(Path file, String column) {
        try {
            return DirtyNumbers.decimalComma(engine, reader.sample(file, column, 20000), column);
        } catch (EngineException e) {
            throw ReadErrors.unreadable(file, e);
        }
    }

    /** Whether the date column's numeric dates read month-first (see DateText); en-US when nothing tells. */
    boolean monthFirst(BriefSpec spec) {
        String column = spec.date().name();
        boolean us = spec.locale() != null && spec.locale().equals("en-US");
        for (SourceSpec src : spec.sources()) {
            if (!CsvReader.isCsv(src.file()) || !describe(src.file()).containsKey(column)) continue;
            try {
                return DateText.monthFirst(engine, reader.sample(src.file(), column, 1_000_000), column, us);
            } catch (EngineException e) {
                throw ReadErrors.unreadable(src.file(), e);
            }
        }
        return us;
    }
}
