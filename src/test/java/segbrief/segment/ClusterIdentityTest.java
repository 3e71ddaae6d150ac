package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import segbrief.brief.Continuity.ClusterMatch;
import segbrief.brief.Snapshot;

class ClusterIdentityTest {
    static final List<String> F = List.of("x", "y");
    static final List<Snapshot.Cluster> BEFORE = List.of(
            new Snapshot.Cluster(1, "A", Map.of("x", 0.0, "y", 0.0)),
            new Snapshot.Cluster(2, "B", Map.of("x", 10.0, "y", 10.0)),
            new Snapshot.Cluster(3, "C", Map.of("x", 0.0, "y", 10.0)));

    @Test
    void matched_clusters_keep_number_and_name_and_a_far_one_is_a_poor_match() {
        // by size: near B, near A, and one far from everything (nearest left for it: C)
        double[][] now = {{10, 9.5}, {0.2, 0}, {20, 0}};
        ClusterIdentity id = ClusterIdentity.match(now, List.of("n1", "n2", "n3"), F, F, BEFORE);
        assertThat(id.newIds()).containsExactly(2, 1, 3);
        assertThat(id.matches()).extracting(ClusterMatch::id, ClusterMatch::name, ClusterMatch::previousId, ClusterMatch::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "A", 1, "matched"),
                        org.assertj.core.groups.Tuple.tuple(2, "B", 2, "matched"),
                        org.assertj.core.groups.Tuple.tuple(3, "n3", 3, "poor match"));
        // x over the six centroids: 10, 0.2, 20, 0, 10, 0 → mean 6.7; y: 9.5, 0, 0, 0, 10, 10 → mean 4.9166...
        double[] x = {10, 0.2, 20, 0, 10, 0};
        double[] y = {9.5, 0, 0, 0, 10, 10};
        double sx = sd(x);
        double sy = sd(y);
        double nearA = Math.hypot(0.2 / sx, 0 / sy);
        assertThat(id.matches().getFirst().distance()).isCloseTo(nearA, within(1e-12));
    }

    @Test
    void fewer_clusters_leave_an_archived_one_dissolved_and_other_features_make_all_new() {
        double[][] now = {{0, 9}, {9, 10}};
        ClusterIdentity id = ClusterIdentity.match(now, List.of("n1", "n2"), F, F, BEFORE);
        // C (id 3) cannot keep number 3 with k = 2: it takes the free number 1; B keeps 2; A is dissolved
        assertThat(id.newIds()).containsExactly(1, 2);
        assertThat(id.matches()).extracting(ClusterMatch::previousId, ClusterMatch::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "matched"), org.assertj.core.groups.Tuple.tuple(2, "matched"),
                        org.assertj.core.groups.Tuple.tuple(1, "dissolved"));
        assertThat(ClusterIdentity.match(now, List.of("n1", "n2"), F, List.of("x", "z"), BEFORE).matches())
                .extracting(ClusterMatch::status).containsExactly("new", "new");
    }

    private static double sd(double[] v) {
        double m = 0;
        for (double d : v) m += d;
        m /= v.length;
        double s = 0;
        for (double d : v) s += (d - m) * (d - m);
        return Math.sqrt(s / (v.length - 1));
    }
}
