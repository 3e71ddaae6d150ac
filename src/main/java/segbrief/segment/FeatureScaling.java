package segbrief.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns raw per-customer features into the space k-means works in. Missing (and infinite) values take the feature's mean.
 * Non-negative features are log-transformed (log1p) when asked, or automatically when their skewness is extreme.
 */
final class FeatureScaling {
    /** Skewness beyond which a non-negative feature is logged even when not asked. */
    static final double EXTREME_SKEW = 2.0;

    final double[][] raw;      // imputed, original units
    final double[][] scaled;
    final double[] mean;       // of raw, per feature
    final double[] sd;         // of raw, per feature (population)
    final boolean[] logged;
    final String description;
    /** Per feature, the customers whose value was missing (or infinite) and took the mean. */
    final long[] filled;

    private FeatureScaling(double[][] raw, double[][] scaled, double[] mean, double[] sd, boolean[] logged,
                           String description, long[] filled) {
        this.filled = filled;
        this.raw = raw;
        this.scaled = scaled;
        this.mean = mean;
        this.sd = sd;
        this.logged = logged;
        this.description = description;
    }

    static FeatureScaling of(double[][] values, List<String> features, String method) {
        int n = values.length;
        int p = features.size();
        double[][] raw = values;  // the caller's own copy; imputed in place
        double[] mean = new double[p];
        double[] sd = new double[p];
        boolean[] logged = new boolean[p];
        double[][] scaled = new double[n][p];
        long[] filled = new long[p];
        for (double[] row : raw) {
            for (int j = 0; j < p; j++) if (Double.isInfinite(row[j])) row[j] = Double.NaN;  // k-means needs finite
        }
        for (int j = 0; j < p; j++) {
            double[] col = column(raw, j);
            double m = meanIgnoringNaN(col);
            if (Double.isNaN(m)) m = 0;
            for (int i = 0; i < n; i++) {
                if (Double.isNaN(raw[i][j])) {
                    raw[i][j] = m;
                    filled[j]++;
                }
            }
            col = column(raw, j);
            mean[j] = m;
            sd[j] = sd(col, m);
            double min = Arrays.stream(col).min().orElse(0);
            boolean asked = method.equals("log");
            logged[j] = min >= 0 && (asked || skewness(col, m, sd[j]) > EXTREME_SKEW);
            if (logged[j]) for (int i = 0; i < n; i++) col[i] = Math.log1p(col[i]);
            double center;
            double spread;
            if (method.equals("robust")) {
                double[] sorted = col.clone();
                Arrays.sort(sorted);
                center = quantile(sorted, 0.5);
                spread = quantile(sorted, 0.75) - quantile(sorted, 0.25);
                if (!(spread > 0)) spread = sd(col, meanIgnoringNaN(col));
            } else {
                center = meanIgnoringNaN(col);
                spread = sd(col, center);
            }
            if (!(spread > 0)) spread = 1;  // a constant feature scales to 0 everywhere
            for (int i = 0; i < n; i++) scaled[i][j] = (col[i] - center) / spread;
        }
        return new FeatureScaling(raw, scaled, mean, sd, logged, describe(features, method, logged), filled);
    }

    private static String describe(List<String> features, String method, boolean[] logged) {
        String base = method.equals("robust") ? "robust" : "zscore";
        List<String> names = new ArrayList<>();
        for (int j = 0; j < logged.length; j++) if (logged[j]) names.add(features.get(j));
        if (names.isEmpty()) return base;
        if (names.size() == logged.length) return "log+" + base;
        return "log(" + String.join(", ", names) + ")+" + base;
    }

    static double[] column(double[][] x, int j) {
        double[] c = new double[x.length];
        for (int i = 0; i < x.length; i++) c[i] = x[i][j];
        return c;
    }

    static double meanIgnoringNaN(double[] x) {
        double s = 0;
        long k = 0;
        for (double v : x) {
            if (!Double.isNaN(v)) {
                s += v;
                k++;
            }
        }
        return k == 0 ? Double.NaN : s / k;
    }

    static double sd(double[] x, double mean) {
        if (x.length == 0) return 0;
        double s = 0;
        for (double v : x) s += (v - mean) * (v - mean);
        return Math.sqrt(s / x.length);
    }

    static double skewness(double[] x, double mean, double sd) {
        if (!(sd > 0)) return 0;
        double s = 0;
        for (double v : x) {
            double z = (v - mean) / sd;
            s += z * z * z;
        }
        return s / x.length;
    }

    /** Linear interpolation between closest ranks (type 7). */
    static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
