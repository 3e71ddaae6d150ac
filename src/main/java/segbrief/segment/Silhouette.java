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
        // Labels stored customer-major so the inner loop reads them sequentially.
        int[] offset = new int[L + 1];
        for (int l = 0; l < L; l++) offset[l + 1] = offset[l] + ks[l];
        int[] flat = new int[n * L];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < L; l++) flat[j * L + l] = offset[l] + labelings[l][j];
        }
        int p = n == 0 ? 0 : x[0].length;
        double[][] s = new double[L][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] sum = new double[offset[L]];
            double[] xi = x[i];
            for (int j = 0; j < n; j++) {
                double d = 0;
                double[] xj = x[j];
                for (int f = 0; f < p; f++) {
                    double t = xi[f] - xj[f];
                    d += t * t;
                }
                d = Math.sqrt(d);
                int base = j * L;
                for (int l = 0; l < L; l++) sum[flat[base + l]] += d;
            }
            for (int l = 0; l < L; l++) {
                int own = labelings[l][i];
                int[] size = sizes[l];
                if (size[own] <= 1) {
                    s[l][i] = 0;  // a singleton's silhouette is 0 by convention
                    continue;
                }
                double a = sum[offset[l] + own] / (size[own] - 1);
                double b = Double.MAX_VALUE;
                for (int c = 0; c < ks[l]; c++) {
                    if (c != own && size[c] > 0) b = Math.min(b, sum[offset[l] + c] / size[c]);
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
