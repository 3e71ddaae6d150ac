package segbrief.metrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.CustomerScores;
import segbrief.brief.RfmSummary;

/**
 * RFM per customer, columnar and ordered by customer id, with its summary by segment.
 * Row {@code i} of every array belongs to {@code ids.get(i)}.
 *
 * @param recency   recency score 1-5 (5 = bought most recently)
 * @param frequency frequency score 1-5 (5 = most orders)
 * @param monetary  monetary score 1-5 (5 = spent most)
 * @param segments  the named RFM segment of each customer
 */
public record RfmResult(RfmSummary summary, List<String> ids, int[] recency, int[] frequency, int[] monetary,
                        List<String> segments) {
    public RfmResult {
        ids = List.copyOf(ids);
        segments = List.copyOf(segments);
        recency = recency.clone();
        frequency = frequency.clone();
        monetary = monetary.clone();
        int n = ids.size();
        if (recency.length != n || frequency.length != n || monetary.length != n || segments.size() != n) {
            throw new IllegalArgumentException("RFM columns must all have one entry per customer (" + n + ")");
        }
    }

    @Override public int[] recency() { return recency.clone(); }

    @Override public int[] frequency() { return frequency.clone(); }

    @Override public int[] monetary() { return monetary.clone(); }

    /** The scores for clusters.csv when there is no clustering: cluster id 0 and no cluster name. */
    public CustomerScores scores() {
        int n = ids.size();
        return new CustomerScores(ids, new int[n], java.util.Collections.nCopies(n, ""), recency, frequency,
                monetary, segments);
    }

    /** Scores {R, F, M} by customer id. */
    public Map<String, int[]> scoresByCustomer() {
        Map<String, int[]> m = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) m.put(ids.get(i), new int[] {recency[i], frequency[i], monetary[i]});
        return m;
    }

    /** Segment name by customer id. */
    public Map<String, String> segmentByCustomer() {
        Map<String, String> m = new HashMap<>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) m.put(ids.get(i), segments.get(i));
        return m;
    }
}
