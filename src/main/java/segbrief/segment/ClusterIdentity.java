package segbrief.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import segbrief.brief.Continuity;
import segbrief.brief.Snapshot;

/**
 * Which of this period's clusters is which archived one: centroids of both periods are standardized together (each
 * feature by the mean and standard deviation of all centroids of both), then matched one to one by least total
 * distance (the Hungarian method). A matched cluster keeps its archived number when that number exists this period
 * (1..k) and its archived name; a match farther than half the median distance between this period's centroids is
 * said to be poor and keeps its own name; unmatched clusters are new; archived ones left over are dissolved.
 *
 * @param newIds  for the cluster numbered c + 1 by size, its number from now on (a permutation of 1..k)
 * @param matches per cluster in its new number's order, then the dissolved ones
 */
public record ClusterIdentity(int[] newIds, List<Continuity.ClusterMatch> matches) {
    public ClusterIdentity {
        newIds = newIds.clone();
        matches = List.copyOf(matches);
    }

    @Override
    public int[] newIds() { return newIds.clone(); }

    /**
     * @param centroids this period's centroids by size order, in the features' own units
     * @param names     this period's names by size order
     */
    public static ClusterIdentity match(double[][] centroids, List<String> names, List<String> features,
                                        List<String> previousFeatures, List<Snapshot.Cluster> previous) {
        int k = centroids.length;
        int[] identity = new int[k];
        for (int c = 0; c < k; c++) identity[c] = c + 1;
        if (previous.isEmpty() || !features.equals(previousFeatures)) {
            List<Continuity.ClusterMatch> all = new ArrayList<>();
            for (int c = 0; c < k; c++) all.add(new Continuity.ClusterMatch(c + 1, names.get(c), 0, null, Double.NaN, "new"));
            return new ClusterIdentity(identity, all);
        }
        int p = features.size();
        int m = previous.size();
        double[][] before = new double[m][p];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < p; j++) before[i][j] = previous.get(i).centroid().getOrDefault(features.get(j), Double.NaN);
        }
        double[][] a = standardize(centroids, before, true);
        double[][] b = standardize(centroids, before, false);
        double[][] cost = new double[k][m];
        for (int c = 0; c < k; c++) for (int i = 0; i < m; i++) cost[c][i] = distance(a[c], b[i]);
        int[] assigned = Hungarian.solve(cost);
        double poor = 0.5 * medianPairwise(a);

        // numbers: a match keeps its archived number when it is free and within 1..k; the rest take the free ones by size
        int[] newIds = new int[k];
        boolean[] taken = new boolean[k + 1];
        for (int c = 0; c < k; c++) {
            if (assigned[c] < 0) continue;
            int was = previous.get(assigned[c]).id();
            if (was >= 1 && was <= k && !taken[was]) {
                newIds[c] = was;
                taken[was] = true;
            }
        }
        int next = 1;
        for (int c = 0; c < k; c++) {
            if (newIds[c] != 0) continue;
            while (taken[next]) next++;
            newIds[c] = next;
            taken[next] = true;
        }
        Continuity.ClusterMatch[] byId = new Continuity.ClusterMatch[k];
        boolean[] used = new boolean[m];
        for (int c = 0; c < k; c++) {
            if (assigned[c] < 0) {
                byId[newIds[c] - 1] = new Continuity.ClusterMatch(newIds[c], names.get(c), 0, null, Double.NaN, "new");
                continue;
            }
            used[assigned[c]] = true;
            Snapshot.Cluster was = previous.get(assigned[c]);
            double d = cost[c][assigned[c]];
            boolean isPoor = d > poor;
            byId[newIds[c] - 1] = new Continuity.ClusterMatch(newIds[c], isPoor ? names.get(c) : was.name(), was.id(), was.name(), d,
                    isPoor ? "poor match" : "matched");
        }
        List<Continuity.ClusterMatch> out = new ArrayList<>(Arrays.asList(byId));
        for (int i = 0; i < m; i++) {
            if (!used[i]) out.add(new Continuity.ClusterMatch(0, null, previous.get(i).id(), previous.get(i).name(), Double.NaN, "dissolved"));
        }
        return new ClusterIdentity(newIds, out);
    }

    /** One side's centroids, each feature standardized by the mean and sd of both sides' centroids together. */
    static double[][] standardize(double[][] now, double[][] before, boolean first) {
        int p = now.length > 0 ? now[0].length : before[0].length;
        double[][] side = first ? now : before;
        double[][] out = new double[side.length][p];
        for (int j = 0; j < p; j++) {
            double sum = 0;
            int n = 0;
            for (double[] r : now) if (!Double.isNaN(r[j])) { sum += r[j]; n++; }
            for (double[] r : before) if (!Double.isNaN(r[j])) { sum += r[j]; n++; }
            double mean = n == 0 ? 0 : sum / n;
            double ss = 0;
            for (double[] r : now) if (!Double.isNaN(r[j])) ss += (r[j] - mean) * (r[j] - mean);
            for (double[] r : before) if (!Double.isNaN(r[j])) ss += (r[j] - mean) * (r[j] - mean);
            double sd = n < 2 ? 0 : Math.sqrt(ss / (n - 1));
            for (int i = 0; i < side.length; i++) out[i][j] = sd > 0 ? (side[i][j] - mean) / sd : 0;
        }
        return out;
    }

    private static double distance(double[] x, double[] y) {
        double s = 0;
        for (int j = 0; j < x.length; j++) {
            double d = Double.isNaN(x[j]) || Double.isNaN(y[j]) ? 0 : x[j] - y[j];
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double medianPairwise(double[][] a) {
        List<Double> d = new ArrayList<>();
        for (int i = 0; i < a.length; i++) for (int j = i + 1; j < a.length; j++) d.add(distance(a[i], a[j]));
        if (d.isEmpty()) return Double.POSITIVE_INFINITY;
        d.sort(Double::compare);
        int n = d.size();
        return n % 2 == 1 ? d.get(n / 2) : (d.get(n / 2 - 1) + d.get(n / 2)) / 2;
    }
}
