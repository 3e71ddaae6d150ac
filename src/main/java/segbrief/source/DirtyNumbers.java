package segbrief.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import segbrief.UserError;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;

/**
 * Values that break a numeric column's role ("12.5O", "NaN", "inf", "1e308"): each becomes missing and the data
 * quality section says how many per column and on which lines; with --strict the first one stops the run. The
 * lines come from one extra read of the file with the column typed as a bounded decimal, whose cast failures the
 * reader records with their line: a cost paid only by files that have such values.
 */
final class DirtyNumbers {
    /** Beyond this, an amount is a unit or export error, not a value (and sums of it overflow exact decimals). */
    static final String LIMIT = "1e15";
    /** The probe type: fails on text, NaN, infinity and anything at or beyond {@link #LIMIT}. */
    private static final String PROBE_TYPE = "DECIMAL(18,3)";

    /** What was found in one column. */
    record Found(String column, long count, List<Long> lines, List<String> values) {}

    /** The cast failures of a first read, by column: the columns to read again leniently. */
    static final class Retry extends RuntimeException {
        final Set<String> columns;

        Retry(Set<String> columns) {
            super(null, null, false, false);
            this.columns = columns;
        }
    }

    private DirtyNumbers() {}

    /** A decimal comma, with dots or spaces between thousands: 1.234,56 · 7,5 · 1 234,5. */
    static final String COMMA = "[-+]?[0-9]{1,3}([. ][0-9]{3})*,[0-9]+|[-+]?[0-9]+,[0-9]+";
    /** A decimal point with commas between thousands: 1,234.56 · 1,234. */
    static final String THOUSANDS = "[-+]?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?";
    /** A currency sign or code before or after an amount: € 12,50 · $12.50 · 12.50 EUR. */
    private static final String CURRENCY = "^[€$£¥]\\s*|\\s*([€$£¥]|EUR|USD|GBP|CHF)$";

    /** How a lenient column is read: a finite number below the limit, else missing; decimal commas when told. */
    static String clean(String column, boolean decimalComma) {
        String t = "regexp_replace(trim(" + Sql.id(column) + "), '" + CURRENCY + "', '')";
        String x = decimalComma ? commaNumber(t)
                : "COALESCE(TRY_CAST(" + t + " AS DOUBLE), CASE WHEN regexp_full_match(" + t + ", '" + THOUSANDS
                        + "') THEN TRY_CAST(replace(" + t + ", ',', '') AS DOUBLE) END)";
        return "CASE WHEN isfinite(" + x + ") AND abs(" + x + ") < " + LIMIT + " THEN " + x + " END";
    }

    /** The number a text with a decimal comma gives, else NULL; in such a column 1.234 is a thousand and more, 12 is twelve. */
    static String commaNumber(String text) {
        return "CASE WHEN regexp_full_match(" + text + ", '" + COMMA + "|[-+]?[0-9]{1,3}([. ][0-9]{3})+|[-+]?[0-9]+') THEN TRY_CAST(replace(replace(replace("
                + text + ", '.', ''), ' ', ''), ',', '.') AS DOUBLE) END";
    }

    /**
     * Whether a column's numbers are written with decimal commas: more of its sampled values read that way (7,5 ·
     * 1.234,56) than with a decimal point.
     */
    static boolean decimalComma(DuckDbEngine engine, String sample, String column) {
        String t = "trim(" + Sql.id(column) + ")";
        try (Rows r = engine.query("decimal commas in " + column, """
                SELECT count(*) FILTER (WHERE regexp_full_match(%1$s, '%2$s')),
                       count(*) FILTER (WHERE TRY_CAST(%1$s AS DOUBLE) IS NOT NULL AND %1$s LIKE '%%.%%')
                FROM %3$s""".formatted(t, COMMA, sample))) {
            r.next();
            return r.getLong(1) > r.getLong(2);
        }
    }

    /**
     * The first lines of a decimal-comma column holding {@code bad} values: the file read again with the column as a
     * number (with a decimal point), whose rejected casts carry their lines; the good values that fail that cast too
     * (1.234,56) are told apart by their text.
     */
    static List<Long> commaLines(DuckDbEngine engine, String reader, String column, Set<String> bad) {
        String probe = reader.replaceFirst("\\)$", ", store_rejects = true, rejects_table = 'probe_comma', rejects_scan = 'probe_comma_scan')");
        List<Long> lines = DateText.lines(engine, probe, "probe_comma", column, bad);
        engine.execute("drop probe_comma_scan", "DROP TABLE IF EXISTS probe_comma_scan");
        return lines;
    }

    /** The condition for a value of a numeric column that is not finite or beyond the limit. */
    static String unusable(String column) {
        String c = Sql.id(column);
        return c + " IS NOT NULL AND (NOT isfinite(" + c + "::DOUBLE) OR abs(" + c + "::DOUBLE) >= " + LIMIT + ")";
    }

    /** The columns the first read rejected values of (rows then went missing): to be read again leniently. */
    static Set<String> castFailures(DuckDbEngine engine, int sources) {
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < sources; i++) {
            try (Rows r = engine.query("columns with cast failures", "SELECT DISTINCT column_name FROM rej_" + i + " WHERE error_type = 'CAST'")) {
                while (r.next()) out.add(r.getString(1));
            } catch (EngineException e) {
                if (e.failure() != EngineException.Failure.UNKNOWN_NAME) throw e;  // Parquet sources have no rejects table
            }
        }
        return out;
    }

    /**
     * Reads {@code reader} (a read_csv call typing {@code columns} as {@link #PROBE_TYPE}, storing rejects in
     * {@code rejects}) and gathers its cast failures per column.
     */
    static List<Found> probe(DuckDbEngine engine, String reader, String rejects, List<String> columns) {
        String counts = String.join(", ", columns.stream().map(c -> "count(" + Sql.id(c) + ")").toList());
        engine.execute("read again for the lines of unusable numbers", "SELECT " + counts + " FROM " + reader);
        Map<String, Found> by = new LinkedHashMap<>();
        try (Rows r = engine.query("lines of unusable numbers", """
                SELECT column_name, count(*), list(line ORDER BY line)[1:%d], list(error_message ORDER BY line)[1:3]
                FROM %s WHERE error_type = 'CAST' GROUP BY column_name""".formatted(LineList.SHOWN, rejects))) {
            while (r.next()) {
                List<Long> lines = new ArrayList<>();
                for (Object o : (List<?>) r.getObject(3)) lines.add(((Number) o).longValue());
                List<String> values = new ArrayList<>();
                for (Object o : (List<?>) r.getObject(4)) values.add(castValue(String.valueOf(o)));
                by.put(r.getString(1), new Found(r.getString(1), r.getLong(2), lines, values));
            }
        }
        engine.execute("drop " + rejects, "DROP TABLE IF EXISTS " + rejects);
        List<Found> out = new ArrayList<>();
        for (String c : columns) if (by.containsKey(c)) out.add(by.get(c));
        return out;
    }

    /** The data-quality note for one column. */
    static String note(String file, Found f) {
        return String.format(Locale.ROOT, "%s column \"%s\": %,d value(s) that are not usable numbers (%s) counted as missing and left out of sums, line%s %s",
                file, f.column(), f.count(), String.join(", ", f.values().stream().map(v -> "\"" + v + "\"").toList()),
                f.count() > 1 ? "s" : "", LineList.of(f.lines(), f.count()));
    }

    /** --strict: the first unusable value stops the run, naming its file, line and column. */
    static UserError strict(String file, Found f) {
        return new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d column \"%s\"", file, f.lines().getFirst(),
                f.column()), "\"" + f.values().getFirst() + "\" is not a usable number",
                "expected a finite decimal like 12.50 below 10^15; without --strict such values are counted as missing");
    }

    /** The value a cast failure names ("Could not convert string "12.5O" to ..."). */
    static String castValue(String message) {
        var m = java.util.regex.Pattern.compile("(?:string|value) \"?'?(.*?)\"?'? (?:to|can't)").matcher(message);
        String v = m.find() ? m.group(1) : "?";
        return v.length() > 40 ? v.substring(0, 40) + "…" : v;
    }
}
