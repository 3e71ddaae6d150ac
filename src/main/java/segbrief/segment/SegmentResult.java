package segbrief.segment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import segbrief.brief.Clustering;
import segbrief.brief.CustomerScores;
import segbrief.metrics.RfmResult;

/**
 * A clustering and every customer's place in it.
 *
 * @param ids        customer ids, in the order of the customer table
 * @param clusterIds the cluster id (1..k, as in {@link Clustering#clusters()}) of each customer
 * @param identity   how the clusters match the archived period's, or null when there was none to match
 */
public record SegmentResult(Clustering clustering, List<String> ids, int[] clusterIds, ClusterIdentity identity) {
    public SegmentResult(Clustering clustering, List<String> ids, int[] clusterIds) {
        this(clustering, ids, clusterIds, null);
    }

    public SegmentResult {
        ids = List.copyOf(ids);
        clusterIds = clusterIds.clone();
        if (clusterIds.length != ids.size()) {
            throw new IllegalArgumentException(ids.size() + " ids but " + clusterIds.length + " cluster ids");
        }
    }

    @Override
    public int[] clusterIds() { return clusterIds.clone(); }

    /** Cluster id, cluster name and (when given) RFM scores and segment per customer, for clusters.csv. */
    public CustomerScores scores(Optional<RfmResult> rfm) {
        Map<Integer, String> names = new HashMap<>();
        for (Clustering.Cluster c : clustering.clusters()) names.put(c.id(), c.name());
        int n = ids.size();
        String[] clusterNames = new String[n];
        int[] r = new int[n];
        int[] f = new int[n];
        int[] m = new int[n];
        String[] segments = new String[n];
        Map<String, Integer> rfmRow = new HashMap<>();
        rfm.ifPresent(x -> {
            for (int i = 0; i < x.ids().size(); i++) rfmRow.put(x.ids().get(i), i);
        });
        int[] rs = rfm.map(RfmResult::recency).orElse(null);
        int[] fs = rfm.map(RfmResult::frequency).orElse(null);
        int[] ms = rfm.map(RfmResult::monetary).orElse(null);
        for (int i = 0; i < n; i++) {
            clusterNames[i] = names.get(clusterIds[i]);
            Integer row = rfmRow.get(ids.get(i));
            segments[i] = "";
            if (row != null) {
                r[i] = rs[row];
                f[i] = fs[row];
                m[i] = ms[row];
                segments[i] = rfm.get().segments().get(row);
            }
        }
        return new CustomerScores(ids, clusterIds, List.of(clusterNames), r, f, m, List.of(segments));
    }
}
