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

    /** Kahan-Babuska summation: the error stays near one rounding whatever the order, where a plain sum's grows. */
    @Override
    public String floatSum(String expr) {
        return "fsum(" + expr + ")";
    }

    @Override
    public String flag(String condition) {
        // the smallest unsigned integer: the sums of flags stay a byte wide
        return "(" + condition + ")::UTINYINT";
    }

    @Override
    public String createView(String name, String select) {
        return "CREATE OR REPLACE VIEW " + name + " AS " + select;
    }

    @Override
    public String createTempTable(String name, String select) {
        return "CREATE TEMP TABLE " + name + " AS " + select;
    }

    @Override
    public String materialized() {
        return "MATERIALIZED ";
    }

    @Override
    public String storageRowNumber() {
        // stable under parallel scans, where row_number() OVER () numbers rows in the order threads deliver them
        return "rowid + 1";
    }

    /** An ENUM of the values: a hash lookup per row, where a CASE or list search compares strings one by one. */
    @Override
    public Lookup lookup(String typeName, String expr, List<String> sortedValues) {
        if (sortedValues.isEmpty()) return new Lookup(List.of(), "NULL", List.of());
        String values = sortedValues.stream().map(v -> "'" + v.replace("'", "''") + "'").collect(Collectors.joining(", "));
        // enum codes count from 0 in the order the type lists them
        return new Lookup(List.of("DROP TYPE IF EXISTS " + typeName, "CREATE TYPE " + typeName + " AS ENUM (" + values + ")"),
                "enum_code(TRY_CAST(" + expr + " AS " + typeName + ")) + 1", List.of("DROP TYPE IF EXISTS " + typeName));
    }

    @Override
    public DistinctCounting distinctCounting() {
        return DistinctCounting.BITMASK;
    }

    @Override
    public String maskBit(String shift) {
        return "(1::UBIGINT << (" + shift + "))";
    }

    @Override
    public String maskOr(String expr) {
        return "bit_or(" + expr + ")";
    }

    @Override
    public String maskField(String word, int shift, int width) {
        return "(" + word + " >> " + shift + ") & " + Long.toUnsignedString(width == 64 ? -1L : (1L << width) - 1) + "::UBIGINT";
    }
}
