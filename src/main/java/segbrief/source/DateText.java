package segbrief.source;

import segbrief.engine.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Dates written as text: ISO dates and timestamps (with an offset: the date as written, not moved to UTC), numeric
 * dates day-first or month-first as the column shows (a first number above 12 means day-first, a second above 12
 * month-first; undecided columns follow the brief's locale), and English month names. An impossible date
 * (2023-02-30, 0000-00-00) gives no date: it is never rolled into the next month.
 */
final class DateText {
    private static final String NAMES = "'%d %b %Y', '%d %B %Y', '%b %d, %Y', '%B %d, %Y', '%b %d %Y', '%B %d %Y', '%d-%b-%Y', '%Y/%m/%d'";
    private static final String NUMERIC = "^([0-9]{1,2})[/.-]([0-9]{1,2})[/.-][0-9]{4}";

    private DateText() {}

    /** The DATE a text expression gives, or NULL. */
    static String parse(String text, boolean monthFirst) {
        String numeric = monthFirst ? "'%m/%d/%Y', '%m-%d-%Y', '%m.%d.%Y'" : "'%d/%m/%Y', '%d.%m.%Y', '%d-%m-%Y'";
        // ISO timestamps with an offset or zone: the date as written
        String iso = "CASE WHEN regexp_matches(" + text + ", '^[0-9]{4}-[0-9]{2}-[0-9]{2}[ T]') THEN TRY_CAST(left(" + text
                + ", 10) AS DATE) END";
        return "COALESCE(TRY_CAST(" + text + " AS DATE), " + iso + ", TRY_CAST(try_strptime(" + text + ", [" + numeric + ", "
                + NAMES + "]) AS DATE))";
    }

    /** Either reading: for judging whether a column holds dates at all. */
    static String parseAny(String text) {
        return "COALESCE(" + parse(text, false) + ", " + parse(text, true) + ")";
    }

    /**
     * The lines of {@code bad} values of {@code column}: a read of the file with the column typed DATE records the
     * values it cannot read with their lines; of those, the ones the brief could not read either.
     */
    static List<Long> lines(DuckDbEngine engine, String reader, String rejects, String column, Set<String> bad) {
        engine.execute("read again for the lines of " + column, "SELECT count(" + Sql.id(column) + ") FROM " + reader);
        List<Long> out = new ArrayList<>();
        try (Rows r = engine.query("lines of " + column, "SELECT line, error_message FROM " + rejects + " WHERE error_type = 'CAST' ORDER BY line")) {
            while (r.next() && out.size() < LineList.SHOWN) {
                if (bad.contains(DirtyNumbers.castValue(r.getString(2)))) out.add(r.getLong(1));
            }
        }
        engine.execute("drop " + rejects, "DROP TABLE IF EXISTS " + rejects);
        return out;
    }

    /** Whether the numeric dates in {@code column} of {@code sample} are month-first. */
    static boolean monthFirst(DuckDbEngine engine, String sample, String column, boolean usLocale) {
        String t = "trim(" + Sql.id(column) + ")";
        String first = "TRY_CAST(regexp_extract(" + t + ", '" + NUMERIC + "', 1) AS INTEGER)";
        String second = "TRY_CAST(regexp_extract(" + t + ", '" + NUMERIC + "', 2) AS INTEGER)";
        try (Rows r = engine.query("month-first dates in " + column, """
                SELECT count(*) FILTER (WHERE %s > 12), count(*) FILTER (WHERE %s > 12)
                FROM %s""".formatted(first, second, sample))) {
            r.next();
            long dayFirst = r.getLong(1);
            long monthFirst = r.getLong(2);
            return dayFirst == monthFirst ? usLocale : monthFirst > dayFirst;
        }
    }
}
