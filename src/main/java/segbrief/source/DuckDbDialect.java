package segbrief.source;

import java.util.List;
import java.util.stream.Collectors;
import segbrief.engine.Dialect;

/** DuckDB's spelling of what engines differ on (see {@link Dialect}). */
public final class DuckDbDialect implements Dialect {
    public static final DuckDbDialect INSTANCE = new DuckDbDialect();

    private DuckDbDialect() {}

    @Override
    public String text(String expr) {
        return "CAST(" + expr + " AS VARCHAR)";
    }

    @Override
    public String tryCast(String expr, String type) {
        return "TRY_CAST(" + expr + " AS " + type + ")";
    }

    @Override
    public String quantile(String expr, double q) {
        return "quantile_cont(" + expr + ", " + q + ")";
    }

    @Override
    public String quantiles(String expr, List<Double> qs) {
        return "quantile_cont(" + expr + ", [" + qs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "])";
    }

    @Override
    public String median(String expr) {
        return "median(" + expr + ")";
    }

    @Override
    public String hashBucket(String expr, long buckets) {
        return "(hash(" + expr + ") % " + buckets + ")";
    }

    @Override
    public String truncDate(String grain, String date) {
        return "CAST(date_trunc('" + grain + "', " + date + ") AS DATE)";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "date_diff('day', " + from + ", " + to + ")";
    }

    @Override
    public String groupingId(List<String> columns) {
        return "GROUPING(" + String.join(", ", columns) + ")";
    }

    @Override
    public String startsWith(String text, String prefix) {
        return "starts_with(" + text + ", " + prefix + ")";
    }
}
