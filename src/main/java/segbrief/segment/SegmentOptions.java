package segbrief.segment;

import java.util.Locale;
import java.util.Set;

/**
 * How to segment customers.
 *
 * @param scaling    "zscore" (default when null), "robust" (median/IQR) or "log" (log1p, then z-scores)
 * @param fixedK     the number of clusters, or null to choose k from 2..10 by mean silhouette
 * @param seed       seeds every random choice: samples, k-means++ starts, bootstraps
 * @param maxSample  the most customers used for silhouette, k choice and stability (quadratic work)
 * @param bootstraps bootstrap refits for the stability check; 0 skips it
 */
public record SegmentOptions(String scaling, Integer fixedK, long seed, int maxSample, int bootstraps) {
    public static final Set<String> SCALINGS = Set.of("zscore", "robust", "log");
    public static final int MIN_K = segbrief.spec.BriefSpec.ClusterSpec.MIN_K;
    public static final int MAX_K = segbrief.spec.BriefSpec.ClusterSpec.MAX_K;

    public SegmentOptions {
        scaling = scaling == null ? "zscore" : scaling.strip().toLowerCase(Locale.ROOT);
        if (!SCALINGS.contains(scaling)) {
            throw new IllegalArgumentException("scaling \"" + scaling + "\" is not one of zscore, robust, log");
        }
        if (fixedK != null && fixedK < MIN_K) {
            throw new IllegalArgumentException("k = " + fixedK + " is too small: use 2 or more, or auto");
        }
        if (maxSample < 100) {
            throw new IllegalArgumentException("maxSample " + maxSample + " is too small: use 100 or more");
        }
        if (bootstraps < 0) throw new IllegalArgumentException("bootstraps must be 0 or more, not " + bootstraps);
    }

    /** z-scores, k chosen automatically, samples of 10,000 and 10 bootstraps. */
    public static SegmentOptions defaults(long seed) {
        return new SegmentOptions("zscore", null, seed, 10_000, 10);
    }

    public SegmentOptions withK(Integer k) { return new SegmentOptions(scaling, k, seed, maxSample, bootstraps); }

    public SegmentOptions withScaling(String s) { return new SegmentOptions(s, fixedK, seed, maxSample, bootstraps); }
}
