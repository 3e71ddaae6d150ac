package segbrief.brief;

import java.util.List;

/**
 * Two dimensions against each other: the primary measure's sum and the row count in each cell.
 * {@code sums.get(r).get(c)} belongs to {@code rows.get(r)} and {@code columns.get(c)}. {@code values} counts the
 * rows of each cell that have a value of the measure (a mean divides by it, not by the rows); {@code variances}
 * is the sample variance of those values (NaN when unknown).
 */
public record CrossTab(String rowDimension, String rowColumn, String columnDimension, String columnColumn,
                       String measure, List<String> rows, List<String> columns,
                       List<List<Double>> sums, List<List<Long>> counts, ChartSpec chart,
                       List<List<Long>> values, List<List<Double>> variances) {
    public CrossTab {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        sums = sums.stream().map(List::copyOf).toList();
        counts = counts.stream().map(List::copyOf).toList();
        values = values == null ? counts : values.stream().map(List::copyOf).toList();
        variances = variances == null ? List.of() : variances.stream().map(List::copyOf).toList();
    }

    /** A cross-tab whose cells have no blanks: every row counts as a value. */
    public CrossTab(String rowDimension, String rowColumn, String columnDimension, String columnColumn,
                    String measure, List<String> rows, List<String> columns,
                    List<List<Double>> sums, List<List<Long>> counts, ChartSpec chart) {
        this(rowDimension, rowColumn, columnDimension, columnColumn, measure, rows, columns, sums, counts, chart, null, null);
    }

    /** The same figures with another chart. */
    public CrossTab withChart(ChartSpec chart) {
        return new CrossTab(rowDimension, rowColumn, columnDimension, columnColumn, measure, rows, columns, sums, counts,
                chart, values, variances);
    }

    /** The cell's mean: its sum over the rows that have a value (NaN when none has). */
    public double mean(int r, int c) {
        long n = values.get(r).get(c);
        return n == 0 ? Double.NaN : sums.get(r).get(c) / n;
    }

    /** The cell's sample variance, NaN when unknown. */
    public double variance(int r, int c) {
        return variances.isEmpty() ? Double.NaN : variances.get(r).get(c);
    }

    public double total() {
        return sums.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
    }
}
