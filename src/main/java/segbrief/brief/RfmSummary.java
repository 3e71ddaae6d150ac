package segbrief.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * Recency, frequency, monetary quintile scores (1-5) per customer, summarised by named RFM segment.
 *
 * @param orderColumn the column whose distinct values frequency counts (orders), or null when it counts rows
 */
public record RfmSummary(LocalDate referenceDate, long customers, List<Segment> segments, ChartSpec chart,
                         String orderColumn) {
    public RfmSummary {
        segments = List.copyOf(segments);
    }

    /** A summary whose frequency counts rows. */
    public RfmSummary(LocalDate referenceDate, long customers, List<Segment> segments, ChartSpec chart) {
        this(referenceDate, customers, segments, chart, null);
    }

    public record Segment(String name, long customers, double share, double revenue, double revenueShare,
                          double meanRecencyDays, double meanFrequency, double meanMonetary) {}
}
