package segbrief.brief;

import java.util.List;

/**
 * Per customer: cluster and RFM scores, columnar and immutable; row {@code i} of every column belongs to
 * {@code ids.get(i)}. This is what clusters.csv holds.
 *
 * @param clusterIds   cluster id 1..k, or 0 when the customer was not clustered
 * @param clusterNames the cluster's name, or "" when not clustered
 * @param recency      RFM recency score 1-5, or 0 when there are no RFM scores
 * @param frequency    RFM frequency score 1-5, or 0
 * @param monetary     RFM monetary score 1-5, or 0
 * @param rfmSegments  the RFM segment name, or ""
 */
public record CustomerScores(List<String> ids, int[] clusterIds, List<String> clusterNames, int[] recency,
                             int[] frequency, int[] monetary, List<String> rfmSegments) {
    public CustomerScores {
        ids = List.copyOf(ids);
        clusterNames = List.copyOf(clusterNames);
        rfmSegments = List.copyOf(rfmSegments);
        clusterIds = clusterIds.clone();
        recency = recency.clone();
        frequency = frequency.clone();
        monetary = monetary.clone();
        int n = ids.size();
        if (clusterIds.length != n || clusterNames.size() != n || recency.length != n || frequency.length != n
                || monetary.length != n || rfmSegments.size() != n) {
            throw new IllegalArgumentException("every column of the customer scores needs " + n + " entries");
        }
        for (int i = 0; i < n; i++) {
            if (!validScore(recency[i]) || !validScore(frequency[i]) || !validScore(monetary[i])) {
                throw new IllegalArgumentException("customer " + ids.get(i) + " has an RFM score outside 0-5");
            }
        }
    }

    private static boolean validScore(int s) {
        return s >= 0 && s <= 5;
    }

    public int size() { return ids.size(); }

    public int clusterId(int row) { return clusterIds[row]; }

    public int recency(int row) { return recency[row]; }

    public int frequency(int row) { return frequency[row]; }

    public int monetary(int row) { return monetary[row]; }

    @Override public int[] clusterIds() { return clusterIds.clone(); }

    @Override public int[] recency() { return recency.clone(); }

    @Override public int[] frequency() { return frequency.clone(); }

    @Override public int[] monetary() { return monetary.clone(); }
}
