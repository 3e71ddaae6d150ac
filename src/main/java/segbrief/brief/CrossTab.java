package segbrief.brief;

import java.util.List;

/**
 * Two dimensions against each other: the primary measure's sum and the row count in each cell.
 * {@code sums.get(r).get(c)} belongs to {@code rows.get(r)} and {@code columns.get(c)}.
 */
public record CrossTab(String rowDimension, String rowColumn, String columnDimension, String columnColumn,
                       String measure, List<String> rows, List<String> columns,
                       List<List<Double>> sums, List<List<Long>> counts, ChartSpec chart) {
    public CrossTab {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        sums = sums.stream().map(List::copyOf).toList();
        counts = counts.stream().map(List::copyOf).toList();
    }

    public double total() {
        return sums.stream().flatMap(List::stream).mapToDouble(Double::doubleValue).sum();
    }
}
