package segbrief.source;

/**
 * What role inference asks of a text column's values: the number each reads as (a column of numbers with one
 * "12.5O" among them is still a number column) and the date each reads as. A failed cast costs DuckDB far more than
 * a successful one (hundreds of seconds for the date formats over a million category names), so the casts run only
 * on text that could pass one: every number and date holds a digit, except the words the casts themselves accept
 * ("inf", "infinity", "nan", "epoch", in any case). Value for value the same as the unguarded casts.
 */
final class TextFacts {
    /** Text that some cast to DOUBLE or DATE may accept. */
    private static final String CASTABLE = "'(?i)[0-9]|inf|nan|epoch'";

    private TextFacts() {}

    /** The condition under which {@link #number} or {@link #date} can be other than NULL. */
    static String castable(String column) {
        return "regexp_matches(" + column + ", " + CASTABLE + ")";
    }

    /** The DOUBLE a text column's value reads as, plain or with a decimal comma; NULL when none. */
    static String number(String column) {
        return "COALESCE(TRY_CAST(" + column + " AS DOUBLE), " + DirtyNumbers.commaNumber("trim(" + column + ")") + ")";
    }

    /** The DATE a text column's value reads as, in any format {@link DateText} knows; NULL when none. */
    static String date(String column) {
        return DateText.parseAny("trim(" + column + ")");
    }

    /** {@code expression} where {@code castable} (a column holding {@link #castable}'s result) holds, else NULL. */
    static String when(String castable, String expression) {
        return "CASE WHEN " + castable + " THEN " + expression + " END";
    }
}
