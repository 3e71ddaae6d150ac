package segbrief.segment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import segbrief.brief.Clustering;
import segbrief.metrics.CustomerTable;

/**
 * What each cluster looks like: size, shares, centroid in original units, z-scores against all customers,
 * dimension lifts and a name.
 *
 * @param centroids {@code centroids[id - 1][feature]} in original units
 * @param zscores   {@code zscores[id - 1][feature]}
 */
record ClusterProfiles(List<Clustering.Cluster> clusters, double[][] centroids, double[][] zscores) {

    static ClusterProfiles of(CustomerTable table, FeatureScaling scaling, int[] labels, int k) {
        int n = labels.length;
        int p = table.features().size();
        double[] measure = table.primaryMeasure();
        boolean hasMeasure = table.hasPrimaryMeasure();
        long[] size = new long[k];
        double[] measureSum = new double[k];
        double measureTotal = 0;
        double[][] sum = new double[k][p];
        for (int i = 0; i < n; i++) {
            int c = labels[i] - 1;
            size[c]++;
            double[] row = scaling.raw[i];
            for (int j = 0; j < p; j++) sum[c][j] += row[j];
            if (!Double.isNaN(measure[i])) {
                measureSum[c] += measure[i];
                measureTotal += measure[i];
            }
        }
        double[][] centroid = new double[k][p];
        double[][] z = new double[k][p];
        for (int c = 0; c < k; c++) {
            for (int j = 0; j < p; j++) {
                centroid[c][j] = size[c] == 0 ? Double.NaN : sum[c][j] / size[c];
                z[c][j] = scaling.sd[j] > 0 ? (centroid[c][j] - scaling.mean[j]) / scaling.sd[j] : 0;
            }
        }
        List<String> names = ClusterNames.names(table.features(), z);
        List<Map<String, Map<String, Double>>> lifts = lifts(table.dimensions(), labels, k);
        List<Clustering.Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            double measureShare = hasMeasure && measureTotal != 0 ? measureSum[c] / measureTotal : Double.NaN;
            clusters.add(new Clustering.Cluster(c + 1, names.get(c), size[c], (double) size[c] / n, measureShare,
                    byFeature(table.features(), centroid[c]), byFeature(table.features(), z[c]), lifts.get(c)));
        }
        return new ClusterProfiles(List.copyOf(clusters), centroid, z);
    }

    /** The same profiles with the names the matches give (a matched cluster keeps its archived name). */
    ClusterProfiles named(List<segbrief.brief.Continuity.ClusterMatch> matches) {
        List<Clustering.Cluster> out = new ArrayList<>();
        for (Clustering.Cluster c : clusters) {
            String name = matches.stream().filter(m -> m.id() == c.id()).map(segbrief.brief.Continuity.ClusterMatch::name)
                    .findFirst().orElse(c.name());
            out.add(new Clustering.Cluster(c.id(), name, c.size(), c.share(), c.measureShare(), c.centroid(), c.zscores(), c.lifts()));
        }
        return new ClusterProfiles(List.copyOf(out), centroids, zscores);
    }

    private static Map<String, Double> byFeature(List<String> features, double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (int j = 0; j < features.size(); j++) m.put(features.get(j), values[j]);
        return Collections.unmodifiableMap(m);
    }

    /** Per cluster, per dimension, per value (by name): share inside the cluster over share overall. */
    private static List<Map<String, Map<String, Double>>> lifts(Map<String, List<String>> dims, int[] labels, int k) {
        List<Map<String, Map<String, Double>>> out = new ArrayList<>();
        for (int c = 0; c < k; c++) out.add(new LinkedHashMap<>());
        int n = labels.length;
        for (var e : dims.entrySet()) {
            Map<String, long[]> counts = new HashMap<>();
            List<String> values = e.getValue();
            long[] counted = new long[k + 1]; // customers whose value was read, per cluster and overall
            for (int i = 0; i < n; i++) {
                if (segbrief.metrics.CustomerFeatures.NOT_SAMPLED.equals(values.get(i))) continue;
                long[] cnt = counts.computeIfAbsent(values.get(i), x -> new long[k + 1]);
                cnt[k]++;
                cnt[labels[i] - 1]++;
                counted[k]++;
                counted[labels[i] - 1]++;
            }
            Map<String, long[]> sorted = new TreeMap<>(counts);
            for (int c = 0; c < k; c++) {
                Map<String, Double> lift = new LinkedHashMap<>();
                for (var v : sorted.entrySet()) {
                    double overall = (double) v.getValue()[k] / counted[k];
                    double inside = counted[c] == 0 ? 0 : (double) v.getValue()[c] / counted[c];
                    lift.put(v.getKey(), inside / overall);
                }
                out.get(c).put(e.getKey(), Collections.unmodifiableMap(lift));
            }
        }
        List<Map<String, Map<String, Double>>> frozen = new ArrayList<>();
        for (var m : out) frozen.add(Collections.unmodifiableMap(m));
        return frozen;
    }
}
