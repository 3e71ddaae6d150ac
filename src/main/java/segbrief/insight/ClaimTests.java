package segbrief.insight;

import segbrief.brief.Claim;
import segbrief.brief.Claim.Kind;
import segbrief.metrics.SegmentUnits;

/**
 * Builds each kind of claim from the summaries of the groups it compares (counts, sums, sums of squares: never rows);
 * verdicts come later, from a {@link ClaimBook}. The archive builds its own comparisons (this period against the last)
 * with the same methods, so every claim the product makes is tested and judged the same way.
 */
public final class ClaimTests {
    public static final String LEAD_TEST = "z test on the lead (customers resampled)";
    public static final String WELCH = "Welch's t test";
    public static final String LIFT_TEST = "Welch's t test, lift interval by the delta method";
    public static final String PERIOD_TEST = "z test of two periods' totals";
    public static final String CELL_TEST = "z test of two cells' totals";

    private ClaimTests() {}

    /**
     * Total of {@code a} against total of {@code b}, both among {@code all} units of one dimension. Resampling the units
     * (customers) with replacement, the lead T_a − T_b has variance Q_a + Q_b − (T_a − T_b)² / N, where Q is a group's sum
     * of squared per-customer values: the normal approximation of the bootstrap over customers.
     */
    public static Claim leads(String column, String a, SegmentUnits ua, long sizeA, String b, SegmentUnits ub, long sizeB,
                       long all, String units) {
        double lead = ua.sum() - ub.sum();
        double var = ua.sumSquares() + ub.sumSquares() - (all == 0 ? 0 : lead * lead / all);
        StatTests.Result r = StatTests.z(lead, var);
        return claim("lead:" + column + ":" + a, Kind.LEADS, column, a, b, ua.sum(), ub.sum(), LEAD_TEST, r, "difference",
                sizeA, sizeB, units);
    }

    /** Mean of {@code a} against mean of {@code b} (Welch). */
    public static Claim mean(Kind kind, String column, String a, SegmentUnits ua, long sizeA, String b, SegmentUnits ub, long sizeB,
                      String units) {
        StatTests.Result r = StatTests.welch(ua.n(), ua.mean(), ua.variance(), ub.n(), ub.mean(), ub.variance());
        String key = (kind == Kind.HIGHEST_MEAN ? "highest:" : kind == Kind.LOWEST_MEAN ? "lowest:" : "within:") + column + ":" + a
                + (kind == Kind.WITHIN ? ">" + b : "");
        return claim(key, kind, column, a, b, ua.mean(), ub.mean(), WELCH, r, "difference", sizeA, sizeB, units);
    }

    /** Value per customer (or mean) of {@code a} against the rest of its dimension, as a lift. */
    public static Claim lift(String column, String a, SegmentUnits ua, long sizeA, SegmentUnits rest, long sizeRest, String units) {
        StatTests.Result r = StatTests.lift(ua.n(), ua.mean(), ua.variance(), rest.n(), rest.mean(), rest.variance());
        return claim("lift:" + column + ":" + a, Kind.LIFT, column, a, Claim.REST, ua.mean(), rest.mean(), LIFT_TEST, r, "lift",
                sizeA, sizeRest, units);
    }

    /**
     * One period's total against another's, each total's variance its sum of squared values (the totals of
     * independent periods, rows arriving at random).
     */
    public static Claim periods(Kind kind, String grain, String a, double sumA, double squaresA, long rowsA, String b, double sumB,
                         double squaresB, long rowsB) {
        StatTests.Result r = StatTests.z(sumA - sumB, squaresA + squaresB);
        return claim(kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + grain + ":" + a, kind, grain, a, b, sumA, sumB,
                PERIOD_TEST, r, "difference", rowsA, rowsB, "rows");
    }

    /** Within one segment, one split value's total against another's (as {@link #periods}). */
    public static Claim cells(String column, String row, String a, double sumA, double squaresA, long rowsA, String b, double sumB,
                       double squaresB, long rowsB) {
        StatTests.Result r = StatTests.z(sumA - sumB, squaresA + squaresB);
        return claim("within:" + column + ":" + row + ":" + a + ">" + b, Kind.WITHIN, column, a, b, sumA, sumB, CELL_TEST, r,
                "difference", rowsA, rowsB, "rows");
    }

    private static Claim claim(String id, Kind kind, String column, String a, String b, double va, double vb, String test,
                               StatTests.Result r, String effect, long sizeA, long sizeB, String units) {
        return new Claim(id, kind, column, a, b, va, vb, test, r.statistic(), r.p(), Double.NaN, effect, r.estimate(), r.low(),
                r.high(), sizeA, sizeB, false, units);
    }
}
