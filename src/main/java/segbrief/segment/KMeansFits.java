package segbrief.segment;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import smile.clustering.BBDTree;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * The one place that calls Smile's k-means. Smile draws its k-means++ starts from {@code MathEx}'s thread-local
 * generator on the calling thread, so seeding it right before each fit makes every run reproducible.
 */
final class KMeansFits {
    static final int MAX_ITER = 100;
    private static final double TOLERANCE = 1e-6;

    private KMeansFits() {}

    /** A fit reduced to what we keep: labels 0..k-1, centroids in the scaled space, mean squared distance. */
    record Fit(int[] labels, double[][] centroids, double distortion) {
        int k() { return centroids.length; }
    }

    /** Best of {@code runs} k-means++ starts (lowest distortion; ties to the earliest run). */
    static Fit best(double[][] data, int k, int runs, long seed) {
        return best(new BBDTree(data), data, k, runs, seed);
    }

    /** As {@link #best(double[][], int, int, long)} on a tree already built over {@code data}. */
    static Fit best(BBDTree tree, double[][] data, int k, int runs, long seed) {
        Fit best = null;
        for (int r = 0; r < runs; r++) {
            MathEx.setSeed(mix(seed, k, r));
            CentroidClustering<double[], double[]> c = KMeans.fit(tree, data,
                    new Clustering.Options(k, MAX_ITER, TOLERANCE, null));
            Fit fit = new Fit(c.group().clone(), copy(c.centers()), c.distortion());
            if (best == null || fit.distortion() < best.distortion()) best = fit;
        }
        return best;
    }

    /**
     * Lloyd iterations on all of {@code data} from {@code start} until at most one customer in 10,000 changes cluster. Used to carry
     * a model fitted (by Smile, best of several k-means++ runs) on the sample over to everyone: a million rows
     * converge in a few passes, where a fresh Smile fit would rebuild its BBD-tree and restart from scratch.
     * Work is split into fixed chunks and summed in chunk order, so the result does not depend on thread timing.
     */
    static Fit refine(double[][] data, double[][] start) {
        int n = data.length;
        int k = start.length;
        int p = start[0].length;
        double[][] centroids = copy(start);
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        int chunks = Math.max(1, Math.min(256, n / 4096));
        double[][][] sums = new double[chunks][k][p];
        long[][] sizes = new long[chunks][k];
        int[] changed = new int[chunks];
        for (int iter = 0; iter < MAX_ITER; iter++) {
            double[][] current = centroids;
            java.util.stream.IntStream.range(0, chunks).parallel().forEach(ch -> {
                int from = (int) ((long) n * ch / chunks);
                int to = (int) ((long) n * (ch + 1) / chunks);
                double[][] sum = sums[ch];
                long[] size = sizes[ch];
                for (double[] row : sum) Arrays.fill(row, 0);
                Arrays.fill(size, 0);
                int moved = 0;
                for (int i = from; i < to; i++) {
                    int c = nearest(data[i], current);
                    if (c != labels[i]) {
                        labels[i] = c;
                        moved++;
                    }
                    size[c]++;
                    for (int j = 0; j < p; j++) sum[c][j] += data[i][j];
                }
                changed[ch] = moved;
            });
            int moved = Arrays.stream(changed).sum();
            double[][] next = new double[k][p];
            for (int c = 0; c < k; c++) {
                long size = 0;
                for (int ch = 0; ch < chunks; ch++) {
                    size += sizes[ch][c];
                    for (int j = 0; j < p; j++) next[c][j] += sums[ch][c][j];
                }
                for (int j = 0; j < p; j++) next[c][j] = size == 0 ? current[c][j] : next[c][j] / size;
            }
            centroids = next;
            // settled: the last few customers trading places between neighbouring clusters (one in 10,000) would
            // take half as many passes again (1M rows, 95,000 customers: 21 passes against 13) and move nothing visible;
            // below 10,000 customers this is the exact fixed point
            if ((long) moved * 10_000 <= n) break;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            double[] c = centroids[labels[i]];
            for (int j = 0; j < p; j++) total += (data[i][j] - c[j]) * (data[i][j] - c[j]);
        }
        return new Fit(labels, centroids, total / n);
    }

    /** The nearest centroid of each row. */
    static int[] predict(double[][] data, double[][] centroids) {
        int[] labels = new int[data.length];
        for (int i = 0; i < data.length; i++) labels[i] = nearest(data[i], centroids);
        return labels;
    }

    static int nearest(double[] x, double[][] centroids) {
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int c = 0; c < centroids.length; c++) {
            double d = 0;
            for (int j = 0; j < x.length; j++) {
                double t = x[j] - centroids[c][j];
                d += t * t;
            }
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        return best;
    }

    /** Distinct rows, counted up to {@code limit} (k-means++ cannot pick more distinct starts than there are). */
    static int distinctRows(double[][] data, int limit) {
        Set<List<Double>> seen = new HashSet<>();
        for (double[] row : data) {
            seen.add(Arrays.stream(row).boxed().toList());
            if (seen.size() >= limit) break;
        }
        return seen.size();
    }

    /**
     * {@code task(0..n-1)} on a few threads of their own, results in index order. Not the common fork-join pool:
     * a pool worker waiting inside Smile's own parallel loops may pick up another of these tasks, which would reseed
     * Smile's per-thread generator in the middle of a fit.
     */
    static <T> List<T> inParallel(int n, java.util.function.IntFunction<T> task) {
        int threads = Math.max(1, Math.min(n, Runtime.getRuntime().availableProcessors()));
        if (threads == 1) return java.util.stream.IntStream.range(0, n).mapToObj(task).toList();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "segbrief-kmeans");
            t.setDaemon(true);
            return t;
        });
        try {
            List<java.util.concurrent.Future<T>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> task.apply(index)));
            }
            List<T> out = new java.util.ArrayList<>();
            for (var f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while clustering", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A seed for one purpose, derived from the user's seed so runs and bootstraps do not share streams. */
    static long mix(long seed, long a, long b) {
        return new SplittableRandom(seed ^ (a * 0x9E3779B97F4A7C15L) ^ (b * 0xC2B2AE3D27D4EB4FL)).nextLong();
    }

    /** {@code m} distinct indices out of {@code n} in ascending order (all when n <= m). */
    static int[] sample(int n, int m, long seed) {
        if (n <= m) {
            int[] all = new int[n];
            Arrays.setAll(all, i -> i);
            return all;
        }
        int[] idx = new int[n];
        Arrays.setAll(idx, i -> i);
        SplittableRandom rnd = new SplittableRandom(seed);
        for (int i = 0; i < m; i++) {
            int j = i + rnd.nextInt(n - i);
            int t = idx[i];
            idx[i] = idx[j];
            idx[j] = t;
        }
        int[] out = Arrays.copyOf(idx, m);
        Arrays.sort(out);
        return out;
    }

    static double[][] rows(double[][] data, int[] index) {
        double[][] out = new double[index.length][];
        for (int i = 0; i < index.length; i++) out[i] = data[index[i]];
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) c[i] = a[i].clone();
        return c;
    }
}
