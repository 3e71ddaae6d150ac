package segbrief.brief;

import java.util.List;

/**
 * The shape of one numeric column: summary, histogram with a density curve, and the same per group
 * (for box and violin plots).
 */
public record Distribution(String column, String label, ValueKind kind, Summary overall,
                           List<Long> histogramCounts, List<Double> histogramEdges,
                           String groupColumn, List<Group> groups, List<ChartSpec> charts) {
    public Distribution {
        histogramCounts = List.copyOf(histogramCounts);
        histogramEdges = List.copyOf(histogramEdges);
        groups = List.copyOf(groups);
        charts = List.copyOf(charts);
    }

    public record Summary(long n, double mean, double sd, double min, double q1, double median, double q3, double max) {}

    /** One group's summary and its kernel density estimate evaluated at {@code densityX}. */
    public record Group(String name, Summary summary, List<Double> densityX, List<Double> densityY) {
        public Group {
            densityX = List.copyOf(densityX);
            densityY = List.copyOf(densityY);
        }
    }
}
