package segbrief.insight;

/**
 * One tested change between two periods: the difference (current − previous), its 95% interval, the test and its
 * two-sided p. Shaped to map onto the claim model once it lands (figures, test, p, interval, group sizes, passed).
 *
 * @param n0 the size behind the previous figure (customers, or the count itself for count tests)
 * @param n1 the size behind the current figure
 */
public record ChangeTest(String test, double previous, double current, double difference, double low, double high,
                         double p, long n0, long n1) {
    public static final double ALPHA = 0.05;
    private static final double Z95 = 1.959963984540054;

    public boolean passed() {
        return !Double.isNaN(p) && p < ALPHA;
    }

    /** Welch's t on two means from their n, mean and sample variance (the claims' test, current minus previous). */
    public static ChangeTest welch(long n0, double mean0, double var0, long n1, double mean1, double var1) {
        StatTests.Result r = StatTests.welch(n1, mean1, var1, n0, mean0, var0);
        if (!r.valid()) return untested(mean0, mean1, n0, n1);
        return new ChangeTest("welch-t", mean0, mean1, r.estimate(), r.low(), r.high(), r.p(), n0, n1);
    }

    /** Two-proportion z-test of x0/n0 against x1/n1 (pooled for the p, unpooled for the interval). */
    public static ChangeTest proportions(long x0, long n0, long x1, long n1) {
        if (n0 == 0 || n1 == 0) return untested(Double.NaN, Double.NaN, n0, n1);
        double p0 = (double) x0 / n0;
        double p1 = (double) x1 / n1;
        double pooled = (double) (x0 + x1) / (n0 + n1);
        double sePooled = Math.sqrt(pooled * (1 - pooled) * (1.0 / n0 + 1.0 / n1));
        double se = Math.sqrt(p0 * (1 - p0) / n0 + p1 * (1 - p1) / n1);
        double d = p1 - p0;
        double p = sePooled == 0 ? (d == 0 ? 1 : 0) : StatTests.normalTwoSided(d / sePooled);
        return new ChangeTest("two-proportion-z", p0, p1, d, d - Z95 * se, d + Z95 * se, p, n0, n1);
    }

    /** Two counts as Poisson: z = (c1 − c0) / √(c1 + c0). */
    public static ChangeTest counts(long c0, long c1) {
        double d = c1 - c0;
        double se = Math.sqrt(c0 + c1);
        double p = se == 0 ? 1 : StatTests.normalTwoSided(d / se);
        return new ChangeTest("poisson-z", c0, c1, d, d - Z95 * se, d + Z95 * se, p, c0, c1);
    }

    /**
     * Two totals, each a sum over a Poisson number of customers of independent values per customer (compound
     * Poisson): Var(S) = N (σ² + μ²), so z = (S1 − S0) / √(V0 + V1).
     */
    public static ChangeTest totals(long n0, double mean0, double var0, long n1, double mean1, double var1) {
        double s0 = n0 * mean0;
        double s1 = n1 * mean1;
        if (n0 < 2 || n1 < 2 || Double.isNaN(var0) || Double.isNaN(var1)) return untested(s0, s1, n0, n1);
        double se = Math.sqrt(n0 * (var0 + mean0 * mean0) + n1 * (var1 + mean1 * mean1));
        double d = s1 - s0;
        double p = se == 0 ? (d == 0 ? 1 : 0) : StatTests.normalTwoSided(d / se);
        return new ChangeTest("compound-poisson-z", s0, s1, d, d - Z95 * se, d + Z95 * se, p, n0, n1);
    }

    static ChangeTest untested(double previous, double current, long n0, long n1) {
        return new ChangeTest("none", previous, current, current - previous, Double.NaN, Double.NaN, Double.NaN, n0, n1);
    }
}
