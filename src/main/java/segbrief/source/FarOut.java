package segbrief.source;

/**
 * Values of a measure far outside its usual range, in Tukey's sense: beyond the quartiles by three interquartile
 * ranges. Amounts that are all positive (money, counts) are judged on the log scale, where their usual spread is
 * symmetric: there the fences are q3·(q3/q1)³ and q1/(q3/q1)³, so the large donors of a heavy-tailed file are its
 * shape, not a problem, while a value a hundred times the rest still stands out. Shared by the appendix's note
 * (over every row) and the executive page's (over the period's).
 */
public final class FarOut {
    static final double FAR = 3.0;

    private FarOut() {}

    /**
     * A CTE named {@code __q} over {@code from}: the fences {@code __lo} and {@code __hi} of the DOUBLE expression
     * {@code c}, the total of its absolute values {@code __total}, its minimum {@code __min}, and {@code __spread},
     * true when the quartiles differ (otherwise nothing counts as far out). Aliases no column of a file takes.
     */
    public static String fences(String c, String from) {
        return fences(DuckDbDialect.INSTANCE, c, from);
    }

    /** As {@link #fences(String, String)}, with the quartiles spelled by {@code sql}. */
    public static String fences(segbrief.engine.Dialect sql, String c, String from) {
        String q1 = sql.quantile(c, 0.25);
        String q3 = sql.quantile(c, 0.75);
        String ratio = "pow(" + q3 + " / " + q1 + ", " + FAR + ")";
        return "__q AS (SELECT CASE WHEN min(" + c + ") > 0 THEN " + q1 + " / " + ratio + " ELSE " + q1 + " - " + FAR + " * (" + q3
                + " - " + q1 + ") END AS __lo, CASE WHEN min(" + c + ") > 0 THEN " + q3 + " * " + ratio + " ELSE " + q3 + " + " + FAR
                + " * (" + q3 + " - " + q1 + ") END AS __hi, sum(abs(" + c + ")) AS __total, min(" + c + ") AS __min, " + q3 + " > "
                + q1 + " AS __spread FROM " + from + ")";
    }

    /** The condition for a far-out value, to use with {@link #fences}' CTE joined in. */
    public static String isFar(String c) {
        return "(__spread AND (" + c + " > __hi OR " + c + " < __lo))";
    }
}
