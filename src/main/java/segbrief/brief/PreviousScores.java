package segbrief.brief;

import java.util.Map;

/**
 * Each customer's cluster and RFM segment in the archived period before, read back from its clusters.csv.
 *
 * @param clusters    customer id → cluster id (customers without a cluster are absent)
 * @param rfmSegments customer id → RFM segment name (customers without RFM scores are absent)
 */
public record PreviousScores(String period, Map<String, Integer> clusters, Map<String, String> rfmSegments) {
    public PreviousScores {
        clusters = Map.copyOf(clusters);
        rfmSegments = Map.copyOf(rfmSegments);
    }
}
