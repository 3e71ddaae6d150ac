package segbrief.segment;

import java.util.ArrayList;
import java.util.List;
import segbrief.brief.ChartSpec;
import segbrief.brief.Clustering;
import segbrief.brief.ValueKind;
import segbrief.metrics.CustomerTable;

/** The clustering's charts as data: scatter (and PCA) by cluster, z-score heat map, silhouette and elbow lines. */
final class ClusterCharts {
    static final int MAX_POINTS = 3_000;
    private static final long POINTS = 5;

    private ClusterCharts() {}

    static List<ChartSpec> of(CustomerTable table, FeatureScaling scaling, int[] labels, ClusterProfiles profiles,
                              List<Clustering.KChoice> choices, int k, long seed, String measureLabel) {
        List<ChartSpec> charts = new ArrayList<>();
        List<String> features = table.features();
        List<String> names = profiles.clusters().stream().map(Clustering.Cluster::name).toList();
        int[] points = KMeansFits.sample(labels.length, MAX_POINTS, KMeansFits.mix(seed, POINTS, 0));
        if (features.size() >= 2) {
            int[] pair = mostInformative(scaling.scaled, labels, k);
            charts.add(scatter(scaling.raw, labels, profiles.centroids(), names, points, pair, features, k));
        }
        if (features.size() > 2) charts.add(pca(scaling.scaled, labels, names, points, k));
        charts.add(heatmap(features, names, profiles.zscores()));
        if (table.hasPrimaryMeasure()) charts.add(shares(profiles.clusters(), measureLabel));
        if (!choices.isEmpty()) {
            List<String> ks = choices.stream().map(c -> Integer.toString(c.k())).toList();
            String chosen = Integer.toString(k);
            charts.add(new ChartSpec.Line("clusters-silhouette",
                    "k = " + k + " separates the customers best (highest mean silhouette)", ks,
                    new ChartSpec.Series("Mean silhouette", choices.stream().map(Clustering.KChoice::silhouette)
                            .toList()), ValueKind.NUMBER, null, null, chosen));
            charts.add(new ChartSpec.Line("clusters-elbow",
                    "Distortion falls as groups are added; k = " + k + " was chosen by silhouette", ks,
                    new ChartSpec.Series("Mean squared distance to centroid",
                            choices.stream().map(Clustering.KChoice::distortion).toList()),
                    ValueKind.NUMBER, null, null, chosen));
        }
        return charts;
    }

    /** The two features whose variance lies most between clusters (largest R²), in feature order. */
    static int[] mostInformative(double[][] x, int[] labels, int k) {
        int n = x.length;
        int p = x[0].length;
        double[][] sum = new double[k][p];
        long[] size = new long[k];
        double[] mean = new double[p];
        for (int i = 0; i < n; i++) {
            size[labels[i] - 1]++;
            for (int j = 0; j < p; j++) {
                sum[labels[i] - 1][j] += x[i][j];
                mean[j] += x[i][j] / n;
            }
        }
        double[] between = new double[p];
        double[] total = new double[p];
        for (int j = 0; j < p; j++) {
            for (int c = 0; c < k; c++) {
                if (size[c] == 0) continue;
                double d = sum[c][j] / size[c] - mean[j];
                between[j] += size[c] * d * d;
            }
            for (double[] row : x) total[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
        Integer[] idx = new Integer[p];
        for (int j = 0; j < p; j++) idx[j] = j;
        java.util.Arrays.sort(idx, (a, b) -> {
            double ra = total[a] > 0 ? between[a] / total[a] : 0;
            double rb = total[b] > 0 ? between[b] / total[b] : 0;
            return ra != rb ? Double.compare(rb, ra) : Integer.compare(a, b);
        });
        return new int[] {Math.min(idx[0], idx[1]), Math.max(idx[0], idx[1])};
    }

    private static ChartSpec scatter(double[][] raw, int[] labels, double[][] centroids, List<String> names,
                                     int[] points, int[] pair, List<String> features, int k) {
        int x = pair[0];
        int y = pair[1];
        List<ChartSpec.PointGroup> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int i : points) {
                if (labels[i] != c + 1) continue;
                xs.add(raw[i][x]);
                ys.add(raw[i][y]);
            }
            groups.add(new ChartSpec.PointGroup(names.get(c), xs, ys, centroids[c][x], centroids[c][y]));
        }
        String fx = ClusterNames.label(features.get(x));
        String fy = ClusterNames.label(features.get(y));
        return new ChartSpec.Scatter("clusters-scatter", k + " customer groups by "
                + ClusterNames.shortWord(features.get(x)) + " and " + ClusterNames.shortWord(features.get(y)),
                fx, fy, groups);
    }

    private static ChartSpec pca(double[][] scaled, int[] labels, List<String> names, int[] points, int k) {
        double[][] sampleRows = KMeansFits.rows(scaled, points);
        Pca2 pca = Pca2.fit(sampleRows);
        List<ChartSpec.PointGroup> groups = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            double[] centre = new double[scaled[0].length];
            long size = 0;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] != c + 1) continue;
                size++;
                for (int j = 0; j < centre.length; j++) centre[j] += scaled[i][j];
            }
            for (int j = 0; j < centre.length; j++) centre[j] /= Math.max(1, size);
            for (int i : points) {
                if (labels[i] != c + 1) continue;
                double[] xy = pca.project(scaled[i]);
                xs.add(xy[0]);
                ys.add(xy[1]);
            }
            double[] cxy = pca.project(centre);
            groups.add(new ChartSpec.PointGroup(names.get(c), xs, ys, cxy[0], cxy[1]));
        }
        long shown = Math.round(100 * (pca.varianceShare[0] + pca.varianceShare[1]));
        return new ChartSpec.Scatter("clusters-pca", "The groups on the two main directions of the data ("
                + shown + "% of the variation)",
                "Component 1 (" + Math.round(100 * pca.varianceShare[0]) + "%)",
                "Component 2 (" + Math.round(100 * pca.varianceShare[1]) + "%)", groups);
    }

    private static ChartSpec shares(List<Clustering.Cluster> clusters, String measureLabel) {
        String measure = measureLabel == null || measureLabel.isBlank() ? "the primary measure" : measureLabel;
        Clustering.Cluster top = clusters.stream().filter(c -> !Double.isNaN(c.measureShare()))
                .max(java.util.Comparator.comparingDouble(Clustering.Cluster::measureShare)
                        .thenComparing(Clustering.Cluster::id, java.util.Comparator.reverseOrder()))
                .orElse(clusters.getFirst());
        return new ChartSpec.Bar("clusters-shares", top.name() + " bring the largest share of " + measure,
                ChartSpec.Layout.GROUPED, clusters.stream().map(Clustering.Cluster::name).toList(), List.of(
                new ChartSpec.Series("Share of customers", clusters.stream().map(Clustering.Cluster::share).toList()),
                new ChartSpec.Series("Share of " + measure,
                        clusters.stream().map(Clustering.Cluster::measureShare).toList())),
                ValueKind.SHARE, "Share", top.name());
    }

    private static ChartSpec heatmap(List<String> features, List<String> names, double[][] z) {
        List<List<Double>> values = new ArrayList<>();
        for (double[] row : z) values.add(java.util.Arrays.stream(row).boxed().toList());
        return new ChartSpec.Heatmap("clusters-heatmap",
                "What sets each group apart: feature averages in standard deviations from all customers",
                "Group", "Feature", names, features.stream().map(ClusterNames::label).toList(), values,
                ValueKind.NUMBER, true);
    }
}
