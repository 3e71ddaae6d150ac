package segbrief.spark;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import segbrief.engine.Dialect;

/** Spark SQL's spelling of what engines differ on (see {@link Dialect}); identifiers stay double-quoted (ANSI mode). */
public final class SparkDialect implements Dialect {
    public static final SparkDialect INSTANCE = new SparkDialect();

    private SparkDialect() {}

    @Override
    public String text(String expr) {
        return "CAST(" + expr + " AS STRING)";
    }

    @Override
    public String tryCast(String expr, String type) {
        return "TRY_CAST(" + expr + " AS " + type(type) + ")";
    }

    /** DuckDB's type names (the ones the ingest reports) as Spark spells them. */
    static String type(String duckdb) {
        String t = duckdb.strip().toUpperCase(Locale.ROOT);
        return switch (t) {
            case "VARCHAR", "TEXT" -> "STRING";
            case "HUGEINT" -> "DECIMAL(38, 0)";
            case "UBIGINT" -> "DECIMAL(20, 0)";
            case "UINTEGER" -> "BIGINT";
            case "USMALLINT" -> "INT";
            case "UTINYINT" -> "SMALLINT";
            case "REAL" -> "FLOAT";
            default -> t;
        };
    }

    /** Spark's percentile is exact and interpolates between the two nearest values, as DuckDB's quantile_cont. */
    @Override
    public String quantile(String expr, double q) {
        return "percentile(" + expr + ", " + q + ")";
    }

    @Override
    public String quantiles(String expr, List<Double> qs) {
        return "percentile(" + expr + ", array(" + qs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))";
    }

    @Override
    public String median(String expr) {
        return quantile(expr, 0.5);
    }

    @Override
    public String hashBucket(String expr, long buckets) {
        return "pmod(xxhash64(" + expr + "), " + buckets + ")";
    }

    @Override
    public String truncDate(String grain, String date) {
        return grain.equals("day") ? "CAST(" + date + " AS DATE)" : "trunc(CAST(" + date + " AS DATE), '" + grain + "')";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "datediff(" + to + ", " + from + ")";
    }

    /**
     * Spark's grouping_id must name every grouping column; the shared SQL asks about some of them, so the mask is
     * built from each column's grouping() bit (the first column highest, as DuckDB's GROUPING gives it).
     */
    @Override
    public String groupingId(List<String> columns) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) s.append(" + ");
            s.append("CAST(grouping(").append(columns.get(i)).append(") AS BIGINT)");
            int shift = columns.size() - 1 - i;
            if (shift > 0) s.append(" * ").append(1L << shift);
        }
        return s.append(')').toString();
    }

    @Override
    public String startsWith(String text, String prefix) {
        return "startswith(" + text + ", " + prefix + ")";
    }

    /** A cached temporary view: read several times after, computed once. */
    @Override
    public String createTempTable(String name, String select) {
        return "CACHE TABLE " + name + " AS " + select;
    }

    @Override
    public String dropTempTable(String name) {
        return "DROP VIEW IF EXISTS " + name;
    }
}
