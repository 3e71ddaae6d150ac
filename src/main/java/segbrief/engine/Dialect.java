package segbrief.engine;

import java.util.List;

/**
 * What engines spell differently, and nothing else: the shared SQL of the metrics calls these where DuckDB and
 * Spark SQL part ways. Each method returns an SQL expression (or clause) built from the SQL expressions it is given.
 */
public interface Dialect {
    /** Any value as text (DuckDB VARCHAR, Spark STRING). */
    String text(String expr);

    /** A number as an exact decimal with {@code scale} places in {@code precision} digits. */
    default String decimal(String expr, int precision, int scale) {
        return "CAST(" + expr + " AS DECIMAL(" + precision + ", " + scale + "))";
    }

    /** A number as a double. */
    default String toDouble(String expr) {
        return "CAST(" + expr + " AS DOUBLE)";
    }

    /** A value as {@code type}, or NULL when it does not convert. */
    String tryCast(String expr, String type);

    /** The continuous (interpolated) quantile {@code q} of {@code expr}, as an aggregate. */
    String quantile(String expr, double q);

    /** Several continuous quantiles at once, as an aggregate giving an array in the order of {@code qs}. */
    String quantiles(String expr, List<Double> qs);

    /** The median of {@code expr} (interpolated between the two middle values), as an aggregate. */
    default String median(String expr) {
        return quantile(expr, 0.5);
    }

    /**
     * A deterministic bucket in {@code [0, buckets)} from hashing {@code expr}, for seeded samples. Engines hash
     * differently, so a sample differs between engines; figures computed over every row do not.
     */
    String hashBucket(String expr, long buckets);

    /** The first day of the {@code grain} ("year", "quarter", "month", "week", "day") holding {@code date}, as a DATE. */
    String truncDate(String grain, String date);

    /** Whole days from {@code from} to {@code to} (positive when {@code to} is later). */
    String daysBetween(String from, String to);

    /** The bitmask of which of {@code columns} are aggregated away in a GROUPING SETS row (first column highest). */
    String groupingId(List<String> columns);

    /** Whether {@code text} starts with {@code prefix}. */
    String startsWith(String text, String prefix);

    /** The aggregate that counts distinct values approximately (fast, for profiles only). */
    default String approxDistinct(String expr) {
        return "approx_count_distinct(" + expr + ")";
    }
}
