package segbrief.brief;

import java.util.List;

/** The primary measure, rows and customers per period, oldest first. grain is "year", "quarter" or "month". */
public record Trend(String grain, String measure, List<Point> points, ChartSpec chart) {
    public Trend {
        points = List.copyOf(points);
    }

    public record Point(String period, long count, long customers, double sum) {}
}
