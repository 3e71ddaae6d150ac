package segbrief.generate;

import java.util.SplittableRandom;

/**
 * Random draws built only on {@link SplittableRandom#nextLong()} (whose algorithm is specified) and
 * {@link StrictMath}, so the same seed gives the same numbers on every JVM and CPU.
 */
final class Draw {
    private static final double[] QUANTILES = quantiles(4096);

    private Draw() {}

    static double uniform(SplittableRandom r) {
        return (r.nextLong() >>> 11) * 0x1.0p-53;
    }

    static double uniform(SplittableRandom r, double lo, double hi) {
        return lo + (hi - lo) * uniform(r);
    }

    static int between(SplittableRandom r, int lo, int hiInclusive) {
        return lo + (int) Math.floor(uniform(r) * (hiInclusive - lo + 1));
    }

    static boolean chance(SplittableRandom r, double p) {
        return uniform(r) < p;
    }

    /**
     * Standard normal by inverse transform through a table of 4,096 quantiles, linearly interpolated: one uniform
     * draw and no transcendental call per value (tails end near 3.7 standard deviations, fine for sample data).
     */
    static double normal(SplittableRandom r) {
        double t = uniform(r) * (QUANTILES.length - 1);
        int i = (int) t;
        return QUANTILES[i] + (t - i) * (QUANTILES[i + 1] - QUANTILES[i]);
    }

    /** The standard normal quantile of {@code p} in (0, 1), from the same table. */
    static double normalQuantile(double p) {
        double t = Draw.clamp(p, 0, 1) * (QUANTILES.length - 1);
        int i = Math.min((int) t, QUANTILES.length - 2);
        return QUANTILES[i] + (t - i) * (QUANTILES[i + 1] - QUANTILES[i]);
    }

    /** Gamma(shape, scale) for shape at least 1 (Marsaglia and Tsang). */
    static double gamma(SplittableRandom r, double shape, double scale) {
        double d = shape - 1.0 / 3, c = 1 / StrictMath.sqrt(9 * d);
        while (true) {
            double x = normal(r), v = 1 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = 1.0 - uniform(r);
            if (StrictMath.log(u) < 0.5 * x * x + d - d * v + d * StrictMath.log(v)) return d * v * scale;
        }
    }

    /** Poisson by inversion, for small means. */
    static int poisson(SplittableRandom r, double mean) {
        double p = StrictMath.exp(-mean), sum = p, u = uniform(r);
        int k = 0;
        while (u > sum && k < 1000) {
            k++;
            p *= mean / k;
            sum += p;
        }
        return k;
    }

    static double normal(SplittableRandom r, double mean, double sd) {
        return mean + sd * normal(r);
    }

    /** Lognormal with the given median and log-scale spread. */
    static double lognormal(SplittableRandom r, double median, double sigma) {
        return median * StrictMath.exp(sigma * normal(r));
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** Rounds half up to an unscaled long, e.g. {@code cents(12.345) == 1235}. */
    static long cents(double amount) {
        return (long) Math.floor(amount * 100.0 + 0.5);
    }

    /** A generator for one entity (customer, product) that depends only on the run seed and the entity's id. */
    static SplittableRandom entity(long seed, long stream, long id) {
        return new SplittableRandom(mix(mix(seed ^ 0x9E3779B97F4A7C15L * (stream + 1)) + id));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static double[] quantiles(int n) {
        double[] q = new double[n];
        for (int i = 0; i < n; i++) q[i] = inverseNormal((i + 0.5) / n);
        return q;
    }

    // Acklam's rational approximation of the normal quantile (relative error below 1.2e-9), in StrictMath.
    private static double inverseNormal(double p) {
        double[] a = {-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
                -3.066479806614716e+01, 2.506628277459239e+00};
        double[] b = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
                -1.328068155288572e+01};
        double[] c = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
                4.374664141464968e+00, 2.938163982698783e+00};
        double[] d = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00};
        double low = 0.02425;
        if (p < low) {
            double q = StrictMath.sqrt(-2 * StrictMath.log(p));
            return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
                    / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
        }
        if (p > 1 - low) return -inverseNormal(1 - p);
        double q = p - 0.5;
        double r = q * q;
        return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
                / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
    }
}
