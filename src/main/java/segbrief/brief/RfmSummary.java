package segbrief.brief;

import java.time.LocalDate;
import java.util.List;

/** Recency, frequency, monetary quintile scores (1-5) per customer, summarised by named RFM segment. */
public record RfmSummary(LocalDate referenceDate, long customers, List<Segment> segments, ChartSpec chart) {
    public RfmSummary {
        segments = List.copyOf(segments);
    }

    public record Segment(String name, long customers, double share, double revenue, double revenueShare,
                          double meanRecencyDays, double meanFrequency, double meanMonetary) {}
}
