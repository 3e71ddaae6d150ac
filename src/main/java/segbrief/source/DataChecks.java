package segbrief.source;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/**
 * What the loaded data says about itself (on any {@link Engine}), for the data-quality notes: rows repeated exactly, columns holding one
 * value, and values of the primary measure far outside its usual range, with their share of the total.
 */
public final class DataChecks {
    /** Repeated rows are counted up to this many rows (a pass that groups by every column). */
    private static final long DUPLICATE_ROWS = 2_000_000;

    private DataChecks() {}

    public static void run(Engine st, String table, Map<String, String> columns, long rows, String primary, List<String> notes) {
        List<String> names = columns.keySet().stream().filter(c -> !c.startsWith("__")).toList();
        if (names.isEmpty() || rows == 0) return;
        if (rows <= DUPLICATE_ROWS) duplicates(st, table, names, notes);
        constants(st, table, names, rows, notes);
        if (primary != null && columns.containsKey(primary) && DuckDbSource.isNumericType(columns.get(primary))) {
            outliers(st, table, primary, notes);
        }
    }

    private static void duplicates(Engine st, String table, List<String> names, List<String> notes) {
        String cols = String.join(", ", names.stream().map(Sql::id).toList());
        try (Rows r = st.query("repeated rows", "SELECT COALESCE(sum(n - 1), 0), count(*) FROM (SELECT count(*) AS n FROM " + table
                + " GROUP BY " + cols + " HAVING count(*) > 1) AS repeats")) {
            r.next();
            long repeats = r.getLong(1);
            if (repeats > 0) {
                notes.add(String.format(Locale.ROOT, "%,d row(s) repeat an earlier row exactly in every column read (%,d distinct "
                        + "rows repeated); they are kept and counted: if they are double exports, remove them at the source", repeats, r.getLong(2)));
            }
        }
    }

    private static void constants(Engine st, String table, List<String> names, long rows, List<String> notes) {
        if (rows < 3) return;  // with one or two rows every column looks constant
        // one value in every row: the least equals the greatest (no distinct count, which costs a hash table per column)
        StringBuilder q = new StringBuilder("SELECT 0");
        for (String c : names) {
            q.append(", CASE WHEN min(").append(Sql.id(c)).append(") = max(").append(Sql.id(c)).append(") THEN 1 ELSE 0 END, count(")
                    .append(Sql.id(c)).append(')');
        }
        try (Rows r = st.query("constant columns", q + " FROM " + table)) {
            r.next();
            for (int i = 0; i < names.size(); i++) {
                if (r.getLong(2 + 2 * i) == 1 && r.getLong(3 + 2 * i) == rows) {
                    notes.add("column \"" + names.get(i) + "\" holds the same value in every row: it tells no segment apart");
                }
            }
        }
    }

    private static void outliers(Engine st, String table, String primary, List<String> notes) {
        String c = st.dialect().toDouble(Sql.id(primary));
        try (Rows r = st.query("far outliers", "WITH " + FarOut.fences(st.dialect(), c, table) + " SELECT count(*), sum(abs(" + c + ")) / any_value(__total), "
                + "max(" + c + "), any_value(__hi), any_value(__lo), any_value(__min) FROM " + table + ", __q WHERE " + FarOut.isFar(c))) {
            r.next();
            long n = r.getLong(1);
            if (n == 0) return;
            // the lower fence is worth naming only when some value lies below it
            String range = r.getDouble(5) <= r.getDouble(6) ? "above " + plain(r.getDouble(4))
                    : "outside " + plain(r.getDouble(5)) + " to " + plain(r.getDouble(4));
            notes.add(String.format(Locale.ROOT, "column \"%s\": %,d value(s) lie far outside the usual range (%s, "
                    + "three interquartile ranges past the quartiles%s) and make up %.1f%% of its total; the largest is %s", primary, n,
                    range, r.getDouble(6) > 0 ? " on the log scale" : "", 100 * r.getDouble(2), plain(r.getDouble(3))));
        }
    }

    private static String plain(double v) {
        return Math.abs(v) >= 1e6 || v == Math.rint(v) ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%,.2f", v);
    }
}
