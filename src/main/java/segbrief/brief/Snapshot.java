package segbrief.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * What a later run reads back from an archived period's metrics.json: enough to list it, to test this period's
 * figures against it, and to see whether its data has been revised since.
 *
 * @param rowsPerDay the period's rows per day as its coverage measured them (NaN in snapshots without coverage)
 * @param sent       whether its summary email was delivered
 */
public record Snapshot(String period, LocalDate dataFrom, LocalDate dataTo, long rows, long customers, double rowsPerDay,
                       boolean sent, List<Kpi> kpis, List<Segment> segments, List<Continuity.Spread> spreads,
                       List<String> clusterFeatures, List<Cluster> clusters) {
    public Snapshot {
        kpis = List.copyOf(kpis);
        segments = List.copyOf(segments);
        spreads = List.copyOf(spreads);
        clusterFeatures = List.copyOf(clusterFeatures);
        clusters = List.copyOf(clusters);
    }

    /** An archived cluster: its number, its name and its centroid in the features' own units. */
    public record Cluster(int id, String name, java.util.Map<String, Double> centroid) {
        public Cluster {
            centroid = java.util.Map.copyOf(centroid);
        }
    }

    /** One segment's customers and its share of the primary measure. */
    public record Segment(String column, String dimension, String segment, long count, long customers, double share) {}

    public Snapshot withSent(boolean s) {
        return new Snapshot(period, dataFrom, dataTo, rows, customers, rowsPerDay, s, kpis, segments, spreads, clusterFeatures,
                clusters);
    }
}
