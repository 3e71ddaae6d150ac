package segbrief.segment;

import java.util.stream.IntStream;

/**
 * Mean silhouette width, computed exactly: O(n²), so only ever on the sample. Several labelings of the same
 * points share one pass over the pairwise distances.
 */
final class Silhouette {
    private Silhouette() {}

    /** Mean silhouette of each labeling; {@code ks[l]} is the number of clusters of {@code labelings[l]}. */
    static double[] means(double[][] x, int[][] labelings, int[] ks) {
        int n = x.length;
        int L = labelings.length;
        int[][] sizes = new int[L][];
        for (int l = 0; l < L; l++) {
            sizes[l] = new int[ks[l]];
            for (int c : labelings[l]) sizes[l][c]++;
        }
        double[][] s = new double[L][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] dist = new double[n];
            double[] xi = x[i];
            for (int j = 0; j < n; j++) {
                double d = 0;
                double[] xj = x[j];
                for (int f = 0; f < xi.length; f++) {
                    double t = xi[f] - xj[f];
                    d += t * t;
                }
                dist[j] = Math.sqrt(d);
            }
            for (int l = 0; l < L; l++) {
                int[] lab = labelings[l];
                double[] sum = new double[ks[l]];
                for (int j = 0; j < n; j++) sum[lab[j]] += dist[j];
                int own = lab[i];
                if (sizes[l][own] <= 1) {
                    s[l][i] = 0;  // a singleton's silhouette is 0 by convention
                    continue;
                }
                double a = sum[own] / (sizes[l][own] - 1);
                double b = Double.MAX_VALUE;
                for (int c = 0; c < ks[l]; c++) {
                    if (c != own && sizes[l][c] > 0) b = Math.min(b, sum[c] / sizes[l][c]);
                }
                double m = Math.max(a, b);
                s[l][i] = m > 0 && b != Double.MAX_VALUE ? (b - a) / m : 0;
            }
        });
        double[] means = new double[L];
        for (int l = 0; l < L; l++) {
            double t = 0;
            for (double v : s[l]) t += v;
            means[l] = n == 0 ? Double.NaN : t / n;
        }
        return means;
    }
}
