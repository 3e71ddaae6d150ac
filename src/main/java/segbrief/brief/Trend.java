package segbrief.brief;

import java.util.List;

/** The primary measure, rows and customers per period, oldest first. grain is "year", "quarter" or "month". */
public record Trend(String grain, String measure, List<Point> points, ChartSpec chart) {
    public Trend {
        points = List.copyOf(points);
    }

    /** {@code sumSquares}: the sum of the squared values of the period's rows (NaN when unknown), for tests. */
    public record Point(String period, long count, long customers, double sum, double sumSquares) {
        public Point(String period, long count, long customers, double sum) {
            this(period, count, customers, sum, Double.NaN);
        }
    }
}
