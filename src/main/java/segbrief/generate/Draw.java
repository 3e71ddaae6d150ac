package segbrief.generate;

import java.util.SplittableRandom;

/**
 * Random draws built only on {@link SplittableRandom#nextLong()} (whose algorithm is specified) and
 * {@link StrictMath}, so the same seed gives the same numbers on every JVM and CPU.
 */
final class Draw {
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

    /** Standard normal by Box-Muller (one of the pair is dropped: simpler state, same bytes everywhere). */
    static double normal(SplittableRandom r) {
        double u = 1.0 - uniform(r); // (0, 1]
        double v = uniform(r);
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * StrictMath.PI * v);
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
}
