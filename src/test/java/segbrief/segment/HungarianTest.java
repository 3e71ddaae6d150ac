package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HungarianTest {
    /** A 4 × 4 matrix whose least total, 140, is found by trying all 24 permutations. */
    @Test
    void finds_the_least_cost_assignment_of_a_known_matrix() {
        double[][] cost = {
                {82, 83, 69, 92},
                {77, 37, 49, 92},
                {11, 69, 5, 86},
                {8, 9, 98, 23}};
        int[] a = Hungarian.solve(cost);
        // every one of the 24 permutations, by brute force: the least is 69 + 37 + 11 + 23 = 140
        double best = Double.POSITIVE_INFINITY;
        int[] perm = {0, 1, 2, 3};
        for (int[] q : permutations(perm)) best = Math.min(best, cost[0][q[0]] + cost[1][q[1]] + cost[2][q[2]] + cost[3][q[3]]);
        assertThat(best).isEqualTo(140);
        assertThat(a).containsExactly(2, 1, 0, 3);
        assertThat(cost[0][a[0]] + cost[1][a[1]] + cost[2][a[2]] + cost[3][a[3]]).isEqualTo(140);
    }

    @Test
    void rectangular_matrices_leave_extra_rows_unassigned() {
        // three current clusters, two archived ones: the middle row is nearest to nothing
        double[][] cost = {{0.1, 5}, {3, 3}, {5, 0.2}};
        assertThat(Hungarian.solve(cost)).containsExactly(0, -1, 1);
        // two rows, three columns: each row takes its nearest distinct column
        assertThat(Hungarian.solve(new double[][] {{4, 1, 3}, {2, 0, 5}})).containsExactly(1, 0);
    }

    private static java.util.List<int[]> permutations(int[] a) {
        java.util.List<int[]> out = new java.util.ArrayList<>();
        permute(a, 0, out);
        return out;
    }

    private static void permute(int[] a, int k, java.util.List<int[]> out) {
        if (k == a.length) {
            out.add(a.clone());
            return;
        }
        for (int i = k; i < a.length; i++) {
            int t = a[k]; a[k] = a[i]; a[i] = t;
            permute(a, k + 1, out);
            t = a[k]; a[k] = a[i]; a[i] = t;
        }
    }
}
