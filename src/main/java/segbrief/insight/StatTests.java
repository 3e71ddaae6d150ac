package segbrief.insight;

import smile.math.special.Beta;
import smile.math.special.Erf;
import smile.stat.distribution.TDistribution;

/**
 * The tests behind the claims, from summaries (counts, means, variances, sums of squares) computed in SQL, never
 * from rows: Welch's t, a normal z test, the delta-method interval of a ratio, and the Benjamini–Hochberg control.
 */
public final class StatTests {
    private static final double Z975 = 1.959963984540054;

    private StatTests() {}

    /** A test's outcome: statistic, two-sided p, and the effect with its 95% interval. */
    public record Result(double statistic, double df, double p, double estimate, double low, double high) {
        public boolean valid() {
            return !Double.isNaN(p);
        }
    }

    /**
     * Welch's unequal-variance t test of mean 1 against mean 2 (Welch–Satterthwaite degrees of freedom); the estimate is
     * the difference of the means with its 95% interval. NaN when either group has fewer than two values.
     */
    public static Result welch(long n1, double mean1, double var1, long n2, double mean2, double var2) {
        if (n1 < 2 || n2 < 2 || Double.isNaN(var1) || Double.isNaN(var2)) return invalid(mean1 - mean2);
        double a = var1 / n1;
        double b = var2 / n2;
        double se = Math.sqrt(a + b);
        double diff = mean1 - mean2;
        if (se == 0) return new Result(Double.NaN, Double.NaN, diff == 0 ? 1 : 0, diff, diff, diff);
        double t = diff / se;
        double df = (a + b) * (a + b) / (a * a / (n1 - 1) + b * b / (n2 - 1));
        double p = Beta.regularizedIncompleteBetaFunction(0.5 * df, 0.5, df / (df + t * t));
        // the quantile of the nearest smaller whole number of degrees of freedom: a slightly wider interval
        double crit = new TDistribution((int) Math.max(1, Math.floor(df))).quantile(0.975);
        return new Result(t, df, Math.min(1, p), diff, diff - crit * se, diff + crit * se);
    }

    /** A z test of an estimate against 0 with the given variance; the interval is estimate ± 1.96 sd. */
    public static Result z(double estimate, double variance) {
        if (Double.isNaN(variance) || variance < 0) return invalid(estimate);
        if (variance == 0) return new Result(Double.NaN, Double.NaN, estimate == 0 ? 1 : 0, estimate, estimate, estimate);
        double sd = Math.sqrt(variance);
        double z = estimate / sd;
        return new Result(z, Double.POSITIVE_INFINITY, normalTwoSided(z), estimate, estimate - Z975 * sd, estimate + Z975 * sd);
    }

    /**
     * The lift mean1 ÷ mean2 with its 95% interval by the delta method on the log of the ratio, and Welch's p for the
     * difference of the means. NaN unless both means are positive.
     */
    public static Result lift(long n1, double mean1, double var1, long n2, double mean2, double var2) {
        Result w = welch(n1, mean1, var1, n2, mean2, var2);
        if (!(mean1 > 0 && mean2 > 0) || !w.valid()) return new Result(w.statistic(), w.df(), w.p(), Double.NaN, Double.NaN, Double.NaN);
        double ratio = mean1 / mean2;
        double se = Math.sqrt(var1 / (n1 * mean1 * mean1) + var2 / (n2 * mean2 * mean2));
        return new Result(w.statistic(), w.df(), w.p(), ratio, ratio * Math.exp(-Z975 * se), ratio * Math.exp(Z975 * se));
    }

    /** Two-sided p of a standard normal statistic. */
    public static double normalTwoSided(double z) {
        return Erf.erfc(Math.abs(z) / Math.sqrt(2));
    }

    /**
     * Benjamini–Hochberg adjusted p-values (q): p × m / rank, made monotone from the largest down, at most 1. A claim
     * passes at level α when its q ≤ α; the expected share of false claims among those that pass is then at most α.
     * NaN p-values (no test possible) stay NaN and do not count in m.
     */
    public static double[] benjaminiHochberg(double[] p) {
        double[] q = new double[p.length];
        java.util.Arrays.fill(q, Double.NaN);
        Integer[] order = java.util.stream.IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(java.util.Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i)).toArray(Integer[]::new);
        int m = order.length;
        double running = 1;
        for (int k = m - 1; k >= 0; k--) {
            int i = order[k];
            running = Math.min(running, p[i] * m / (k + 1));
            q[i] = running;
        }
        return q;
    }

    /**
     * Cramér's V of a contingency table: √(χ² / (n · (min(rows, columns) − 1))), 0 for independent dimensions, 1 when
     * each value of one determines the value of the other. Empty rows and columns are left out; NaN below 2 × 2.
     */
    public static double cramersV(long[][] counts) {
        int rows = counts.length;
        int cols = rows == 0 ? 0 : counts[0].length;
        double[] rowSum = new double[rows];
        double[] colSum = new double[cols];
        double n = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                rowSum[r] += counts[r][c];
                colSum[c] += counts[r][c];
                n += counts[r][c];
            }
        }
        long usedRows = java.util.Arrays.stream(rowSum).filter(v -> v > 0).count();
        long usedCols = java.util.Arrays.stream(colSum).filter(v -> v > 0).count();
        if (usedRows < 2 || usedCols < 2) return Double.NaN;
        double chi2 = 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (rowSum[r] == 0 || colSum[c] == 0) continue;
                double e = rowSum[r] * colSum[c] / n;
                chi2 += (counts[r][c] - e) * (counts[r][c] - e) / e;
            }
        }
        return Math.sqrt(chi2 / (n * (Math.min(usedRows, usedCols) - 1)));
    }

    private static Result invalid(double estimate) {
        return new Result(Double.NaN, Double.NaN, Double.NaN, estimate, Double.NaN, Double.NaN);
    }
}
