package segbrief.brief;

import java.util.List;
import java.util.Map;

/**
 * Customer clusters from k-means on per-customer features.
 *
 * @param scaling      "zscore", "robust" or "log+zscore" and so on, as the method section names it
 * @param stabilityAri mean adjusted Rand index over bootstrap refits
 * @param stable       false when stabilityAri is below 0.6: then the brief does not present firm segments
 * @param choices      silhouette and distortion for each k tried (empty when k was fixed)
 * @param filled       the features some customers had no value of, with how many and the value filled in
 */
public record Clustering(int k, List<String> features, String scaling, boolean kChosen, double silhouette,
                         double stabilityAri, boolean stable, long customers, long sampleSize,
                         List<KChoice> choices, List<Cluster> clusters, List<ChartSpec> charts, List<Filled> filled) {
    /** A clustering whose inputs had no blanks. */
    public Clustering(int k, List<String> features, String scaling, boolean kChosen, double silhouette,
                      double stabilityAri, boolean stable, long customers, long sampleSize,
                      List<KChoice> choices, List<Cluster> clusters, List<ChartSpec> charts) {
        this(k, features, scaling, kChosen, silhouette, stabilityAri, stable, customers, sampleSize, choices, clusters, charts,
                List.of());
    }

    public Clustering {
        filled = filled == null ? List.of() : List.copyOf(filled);
        features = List.copyOf(features);
        choices = List.copyOf(choices);
        clusters = List.copyOf(clusters);
        charts = List.copyOf(charts);
    }

    public record KChoice(int k, double silhouette, double distortion) {}

    /** {@code customers} had no value of {@code feature} (or not a finite one): k-means used {@code value}, the mean. */
    public record Filled(String feature, long customers, double value) {}

    /**
     * A feature as a reader sees it, short enough for the executive page's one line: the per-customer features
     * derived from transactions by what they mean ("spend", "order value", "recency"), columns with spaces for
     * underscores and between joined words ("SpendingScore"). Data files keep the names.
     */
    public static String label(String feature) {
        return switch (feature) {
            case "total_spend" -> "spend";
            case "average_order_value" -> "order value";
            case "recency_days" -> "recency";
            default -> feature.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2");
        };
    }

    /** {@link #label(String)} of every feature, in order. */
    public List<String> featureLabels() {
        return features.stream().map(Clustering::label).toList();
    }

    /**
     * One cluster; ids run 1..k ordered by size (largest first), ties by primary measure.
     *
     * @param measureShare the cluster's share of the primary measure (NaN when there is none)
     * @param centroid     per feature, in original units
     * @param zscores      per feature, the centroid's z-score against all customers
     * @param lifts        per dimension, per value: share inside the cluster divided by share overall
     */
    public record Cluster(int id, String name, long size, double share, double measureShare,
                          Map<String, Double> centroid, Map<String, Double> zscores,
                          Map<String, Map<String, Double>> lifts) {}
}
