package segbrief.metrics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality.ColumnProfile;
import segbrief.brief.Distribution;
import segbrief.brief.SegmentTable;
import segbrief.brief.Trend;

/**
 * Every figure computed in SQL for one period. Charts are not chosen here (the insight stage does that), so the
 * model records carry a null chart.
 *
 * @param customers distinct customer ids, or rows when the data has no customer id
 * @param previous  the same totals for the period before, or null when there is none
 * @param associations rows per pair of segments for every pair of questioned dimensions (counts only), to tell
 *                     when two questions ask the same thing
 * @param orders    distinct order numbers when the rows are order lines (see Ingested#orderColumn), else 0
 * @param densities the overall density curve of each of {@code distributions}, in the same order
 */
public record Metrics(Period period, LocalDate dataFrom, LocalDate dataTo, long rows, long customers,
                      Map<String, Totals> totals, Previous previous, List<SegmentTable> segments,
                      List<CrossTab> crossTabs, List<Trend> trends, List<Distribution> distributions,
                      List<ColumnProfile> columns, List<CrossTab> associations, long orders, List<Density> densities) {
    public Metrics(Period period, LocalDate dataFrom, LocalDate dataTo, long rows, long customers,
                   Map<String, Totals> totals, Previous previous, List<SegmentTable> segments,
                   List<CrossTab> crossTabs, List<Trend> trends, List<Distribution> distributions,
                   List<ColumnProfile> columns, List<CrossTab> associations, long orders) {
        this(period, dataFrom, dataTo, rows, customers, totals, previous, segments, crossTabs, trends, distributions, columns,
                associations, orders, List.of());
    }

    public Metrics(Period period, LocalDate dataFrom, LocalDate dataTo, long rows, long customers,
                   Map<String, Totals> totals, Previous previous, List<SegmentTable> segments,
                   List<CrossTab> crossTabs, List<Trend> trends, List<Distribution> distributions,
                   List<ColumnProfile> columns, List<CrossTab> associations) {
        this(period, dataFrom, dataTo, rows, customers, totals, previous, segments, crossTabs, trends, distributions, columns,
                associations, 0);
    }

    public Metrics(Period period, LocalDate dataFrom, LocalDate dataTo, long rows, long customers,
                   Map<String, Totals> totals, Previous previous, List<SegmentTable> segments,
                   List<CrossTab> crossTabs, List<Trend> trends, List<Distribution> distributions,
                   List<ColumnProfile> columns) {
        this(period, dataFrom, dataTo, rows, customers, totals, previous, segments, crossTabs, trends, distributions, columns,
                List.of());
    }

    public Metrics {
        associations = associations == null ? List.of() : List.copyOf(associations);
        totals = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(totals));
        segments = List.copyOf(segments);
        crossTabs = List.copyOf(crossTabs);
        trends = List.copyOf(trends);
        distributions = List.copyOf(distributions);
        columns = List.copyOf(columns);
        densities = densities == null ? List.of() : List.copyOf(densities);
    }

    /** The overall density of distribution column {@code column}, or null when none was computed. */
    public Density density(String column) {
        return densities.stream().filter(d -> d.column().equals(column)).findFirst().orElse(null);
    }

    /**
     * A measure over the whole period: its sum and mean. (Medians, minima and maxima are shown per segment and in
     * the distributions; an overall median here cost a sort of every row, 1.5 s at 10M rows, for nothing shown.)
     */
    public record Totals(double sum, double mean) {}

    /** @param orders distinct order numbers of order lines, else 0 */
    public record Previous(String label, long rows, long customers, Map<String, Totals> totals, long orders) {
        public Previous(String label, long rows, long customers, Map<String, Totals> totals) {
            this(label, rows, customers, totals, 0);
        }
    }

    public SegmentTable segments(String column) {
        return segments.stream().filter(s -> s.column().equals(column)).findFirst().orElse(null);
    }

    public CrossTab crossTab(String rowColumn, String columnColumn) {
        return crossTabs.stream().filter(c -> c.rowColumn().equals(rowColumn) && c.columnColumn().equals(columnColumn))
                .findFirst().orElse(null);
    }
}
