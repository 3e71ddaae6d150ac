package segbrief.segment;

import java.util.stream.IntStream;

/**
 * Mean silhouette width, computed exactly: O(n²), so only ever on the sample. Several labelings of the same
 * points share each row of pairwise distances; per labeling the row is summed cluster by cluster through an
 * index sorted by cluster (a gather into a few accumulators, much faster than scattering into per-cluster sums).
 */
final class Silhouette {
    private Silhouette() {}

    /** Mean silhouette of each labeling; {@code ks[l]} is the number of clusters of {@code labelings[l]}. */
    static double[] means(double[][] x, int[][] labelings, int[] ks) {
        int n = x.length;
        int L = labelings.length;
        int[][] sizes = new int[L][];
        int[][] byCluster = new int[L][];   // point indices sorted by cluster
        int[][] starts = new int[L][];      // where each cluster begins in byCluster (k + 1 entries)
        for (int l = 0; l < L; l++) {
            int k = ks[l];
            sizes[l] = new int[k];
            for (int c : labelings[l]) sizes[l][c]++;
            starts[l] = new int[k + 1];
            for (int c = 0; c < k; c++) starts[l][c + 1] = starts[l][c] + sizes[l][c];
            int[] fill = starts[l].clone();
            byCluster[l] = new int[n];
            for (int j = 0; j < n; j++) byCluster[l][fill[labelings[l][j]]++] = j;
        }
        int p = n == 0 ? 0 : x[0].length;
        double[][] s = new double[L][n];
        IntStream.range(0, n).parallel().forEach(i -> {
            double[] dist = new double[n];
            double[] xi = x[i];
            for (int j = 0; j < n; j++) {
                double d = 0;
                double[] xj = x[j];
                for (int f = 0; f < p; f++) {
                    double t = xi[f] - xj[f];
                    d += t * t;
                }
                dist[j] = Math.sqrt(d);
            }
            for (int l = 0; l < L; l++) s[l][i] = width(dist, labelings[l][i], sizes[l], starts[l], byCluster[l]);
        });
        double[] means = new double[L];
        for (int l = 0; l < L; l++) {
            double t = 0;
            for (double v : s[l]) t += v;
            means[l] = n == 0 ? Double.NaN : t / n;
        }
        return means;
    }

    /** The silhouette of one point in cluster {@code own} given its distances to all points. */
    private static double width(double[] dist, int own, int[] size, int[] start, int[] byCluster) {
        if (size[own] <= 1) return 0;  // a singleton's silhouette is 0 by convention
        double a = 0;
        double b = Double.MAX_VALUE;
        for (int c = 0; c < size.length; c++) {
            if (size[c] == 0) continue;
            double sum = sum(dist, byCluster, start[c], start[c + 1]);
            if (c == own) a = sum / (size[c] - 1);
            else b = Math.min(b, sum / size[c]);
        }
        double m = Math.max(a, b);
        return m > 0 && b != Double.MAX_VALUE ? (b - a) / m : 0;
    }

    /** Four independent accumulators, so the additions do not wait on each other. */
    private static double sum(double[] dist, int[] index, int from, int to) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = from;
        for (; j + 3 < to; j += 4) {
            s0 += dist[index[j]];
            s1 += dist[index[j + 1]];
            s2 += dist[index[j + 2]];
            s3 += dist[index[j + 3]];
        }
        for (; j < to; j++) s0 += dist[index[j]];
        return (s0 + s1) + (s2 + s3);
    }
}
