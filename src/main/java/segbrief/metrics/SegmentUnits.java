package segbrief.metrics;

/**
 * What a segment's value per customer is averaged over: {@code n} customers (rows when the data has no customer
 * id) with a value of the primary measure in the segment, the sum of their values and of their squares. From these
 * the insight stage tests a segment against the rest without reading a row.
 */
public record SegmentUnits(long n, double sum, double sumSquares) {
    public double mean() {
        return n == 0 ? Double.NaN : sum / n;
    }

    /** The sample variance of the per-customer values (NaN below two customers). */
    public double variance() {
        if (n < 2) return Double.NaN;
        return Math.max(0, (sumSquares - sum * sum / n) / (n - 1));
    }

    public SegmentUnits minus(SegmentUnits o) {
        return new SegmentUnits(n - o.n, sum - o.sum, sumSquares - o.sumSquares);
    }

    public SegmentUnits plus(SegmentUnits o) {
        return new SegmentUnits(n + o.n, sum + o.sum, sumSquares + o.sumSquares);
    }
}
