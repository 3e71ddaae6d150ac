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

    /**
     * The aggregate sum of a double expression, as little dependent on the order rows are added in as the engine
     * makes it (sums of squares: threads finishing in any order move the last digits of a plain sum).
     */
    default String floatSum(String expr) {
        return "sum(" + expr + ")";
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

    /** A boolean condition as the integer 0 or 1, as cheap as the engine makes it (for branch arithmetic). */
    default String flag(String condition) {
        return "CAST((" + condition + ") AS INT)";
    }

    /** A statement making {@code name} a view of {@code select}, replacing one of that name. */
    default String createView(String name, String select) {
        return "CREATE OR REPLACE TEMPORARY VIEW " + name + " AS " + select;
    }

    /** A statement storing {@code select} in a session-local table {@code name}, read several times after. */
    default String createTempTable(String name, String select) {
        return "CREATE TEMPORARY TABLE " + name + " AS " + select;
    }

    /** A statement dropping the session-local table {@code name} when it exists. */
    default String dropTempTable(String name) {
        return "DROP TABLE IF EXISTS " + name;
    }

    /** The keyword after {@code name AS} that makes a CTE computed once and shared by its readers ("" if none). */
    default String materialized() {
        return "";
    }

    /**
     * A 1-based row number in storage order, stable across runs, for a base table; null when the engine has none
     * (the caller then numbers rows with {@code row_number() OVER ()}).
     */
    default String storageRowNumber() {
        return null;
    }

    /**
     * The 1-based place of the text {@code expr} in {@code sortedValues} (NULL when it is none of them), with the
     * statements to run before and after the query that uses it. The default is a CASE; an engine with a cheaper
     * lookup (DuckDB: an ENUM type, one hash probe) spells it its own way, using {@code typeName} for its type.
     */
    default Lookup lookup(String typeName, String expr, List<String> sortedValues) {
        if (sortedValues.isEmpty()) return new Lookup(List.of(), "NULL", List.of());
        StringBuilder s = new StringBuilder("CASE " + expr);
        for (int i = 0; i < sortedValues.size(); i++) {
            s.append(" WHEN '").append(sortedValues.get(i).replace("'", "''")).append("' THEN ").append(i + 1);
        }
        return new Lookup(List.of(), s.append(" END").toString(), List.of());
    }

    /** An expression, and the statements that prepare and clean up after it. */
    record Lookup(List<String> setup, String position, List<String> teardown) {
        public Lookup {
            setup = List.copyOf(setup);
            teardown = List.copyOf(teardown);
        }
    }

    /**
     * How distinct customers per segment are counted. {@link DistinctCounting#PER_KEY}: a {@code count(DISTINCT
     * customer)} per grouping, which every engine runs. {@link DistinctCounting#BITMASK}: one pass groups rows by
     * customer and ORs, per dimension, a bit per segment into unsigned 64-bit words (the {@code mask*} methods);
     * customers per segment are then counts of set bits. Far cheaper on DuckDB, where DISTINCT costs a hash table
     * per expression.
     */
    enum DistinctCounting { PER_KEY, BITMASK }

    default DistinctCounting distinctCounting() {
        return DistinctCounting.PER_KEY;
    }

    /** BITMASK only: the unsigned 64-bit word with the single bit {@code shift} set. */
    default String maskBit(String shift) {
        throw new UnsupportedOperationException("bit masks");
    }

    /** BITMASK only: the aggregate OR of unsigned 64-bit words. */
    default String maskOr(String expr) {
        throw new UnsupportedOperationException("bit masks");
    }

    /** BITMASK only: the bits {@code [shift, shift + width)} of {@code word}, moved down to bit 0. */
    default String maskField(String word, int shift, int width) {
        throw new UnsupportedOperationException("bit masks");
    }
}
