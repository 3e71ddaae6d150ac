package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import segbrief.brief.ChartSpec;
import segbrief.brief.Clustering;
import segbrief.metrics.CustomerTable;

class SmileKMeansSegmenterTest {
    private final SmileKMeansSegmenter segmenter = new SmileKMeansSegmenter();

    /** {@code perBlob} points around each centre, unit spread, shuffled with the seed. */
    static CustomerTable blobs(double[][] centres, int perBlob, long seed, String... features) {
        Random rnd = new Random(seed);
        List<double[]> rows = new ArrayList<>();
        for (double[] c : centres) {
            for (int i = 0; i < perBlob; i++) {
                double[] r = new double[c.length];
                for (int j = 0; j < c.length; j++) r[j] = c[j] + rnd.nextGaussian();
                rows.add(r);
            }
        }
        java.util.Collections.shuffle(rows, rnd);
        return table(rows.toArray(double[][]::new), features);
    }

    static CustomerTable table(double[][] values, String... features) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < values.length; i++) ids.add("c%05d".formatted(i));
        double[] measure = new double[values.length];
        for (int i = 0; i < values.length; i++) measure[i] = 10 + i % 7;
        return new CustomerTable(ids, List.of(features), values, measure, Map.of());
    }

    @Test
    void chooses_four_clusters_on_four_well_separated_blobs() {
        CustomerTable t = blobs(new double[][] {{0, 0}, {12, 0}, {0, 12}, {12, 12}}, 150, 1, "x", "y");

        Clustering c = segmenter.segment(t, SegmentOptions.defaults(42), "revenue").clustering();

        assertThat(c.k()).isEqualTo(4);
        assertThat(c.kChosen()).isTrue();
        assertThat(c.choices()).extracting(Clustering.KChoice::k).containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(c.silhouette()).isGreaterThan(0.7);
        assertThat(c.stable()).isTrue();
        assertThat(c.stabilityAri()).isGreaterThan(0.95);
        assertThat(c.clusters()).extracting(Clustering.Cluster::size).containsOnly(150L);
    }

    @Test
    void silhouette_and_stability_read_a_sub_sample_of_at_most_4000_and_stay_close_to_the_exact_silhouette() {
        CustomerTable t = blobs(new double[][] {{0, 0}, {12, 0}, {0, 12}, {12, 12}}, 1500, 8, "x", "y");
        SegmentResult r = segmenter.segment(t, SegmentOptions.defaults(3), "revenue");

        assertThat(r.clustering().k()).isEqualTo(4);
        assertThat(r.clustering().sampleSize()).isEqualTo(SmileKMeansSegmenter.SILHOUETTE_SAMPLE);
        assertThat(r.clustering().stable()).isTrue();
        int[] labels = java.util.Arrays.stream(r.clusterIds()).map(c -> c - 1).toArray();
        double exact = Silhouette.means(t.values(), new int[][] {labels}, new int[] {4})[0];
        assertThat(r.clustering().silhouette()).isCloseTo(exact, org.assertj.core.api.Assertions.within(0.02));
    }

    @Test
    void chooses_k_on_a_sample_and_assigns_everyone_when_there_are_more_customers_than_the_sample() {
        CustomerTable t = blobs(new double[][] {{0, 0}, {12, 0}, {0, 12}, {12, 12}}, 300, 8, "x", "y");
        var options = new SegmentOptions("zscore", null, 4, 200, 5);

        SegmentResult r = segmenter.segment(t, options, "revenue");

        assertThat(r.clustering().k()).isEqualTo(4);
        assertThat(r.clustering().sampleSize()).isEqualTo(200);
        assertThat(r.clustering().customers()).isEqualTo(1200);
        assertThat(r.clustering().clusters()).extracting(Clustering.Cluster::size).containsOnly(300L);
        assertThat(segmenter.segment(t, options, "revenue").clusterIds()).isEqualTo(r.clusterIds());
    }

    @Test
    void chooses_three_clusters_on_three_blobs_in_five_features_and_projects_them_with_pca() {
        CustomerTable t = blobs(new double[][] {{0, 0, 0, 0, 0}, {6, 6, 0, 0, 0}, {0, 0, 6, 6, 6}}, 200, 2,
                "a", "b", "c", "d", "e");

        Clustering c = segmenter.segment(t, SegmentOptions.defaults(7), "revenue").clustering();

        assertThat(c.k()).isEqualTo(3);
        assertThat(c.charts()).extracting(ChartSpec::id).containsExactly("clusters-scatter", "clusters-pca",
                "clusters-heatmap", "clusters-shares", "clusters-silhouette", "clusters-elbow");
    }

    @Test
    void clusters_are_identical_for_the_same_seed() {
        CustomerTable t = blobs(new double[][] {{0, 0, 0}, {5, 0, 2}, {0, 5, 4}}, 120, 3, "a", "b", "c");

        SegmentResult one = segmenter.segment(t, SegmentOptions.defaults(11), "revenue");
        SegmentResult two = segmenter.segment(t, SegmentOptions.defaults(11), "revenue");

        assertThat(two.clusterIds()).isEqualTo(one.clusterIds());
        assertThat(two.clustering()).isEqualTo(one.clustering());
        assertThat(two.clustering().clusters()).extracting(Clustering.Cluster::name)
                .isEqualTo(one.clustering().clusters().stream().map(Clustering.Cluster::name).toList());
    }

    @Test
    void ids_run_by_size_largest_first_whatever_the_input_order() {
        double[][] centres = {{0, 0}, {10, 0}, {0, 10}};
        Random rnd = new Random(5);
        List<double[]> rows = new ArrayList<>();
        int[] sizes = {40, 160, 90};
        for (int b = 0; b < 3; b++) {
            for (int i = 0; i < sizes[b]; i++) rows.add(new double[] {centres[b][0] + rnd.nextGaussian(),
                    centres[b][1] + rnd.nextGaussian()});
        }
        Clustering c = segmenter.segment(table(rows.toArray(double[][]::new), "x", "y"),
                SegmentOptions.defaults(1).withK(3), "revenue").clustering();

        assertThat(c.kChosen()).isFalse();
        assertThat(c.choices()).isEmpty();
        assertThat(c.clusters()).extracting(Clustering.Cluster::id).containsExactly(1, 2, 3);
        assertThat(c.clusters()).extracting(Clustering.Cluster::size).containsExactly(160L, 90L, 40L);
        assertThat(c.clusters().getFirst().centroid().get("x")).isCloseTo(10, org.assertj.core.data.Offset.offset(0.5));
    }

    // Uniform noise in six dimensions: any partition is one of many equally good ones, so refits disagree
    // (mean ARI about 0.35 for seeds 1-3). In two dimensions k-means reproducibly quarters the square
    // (ARI about 0.9), so that case would not show instability.
    @Test
    void structureless_uniform_noise_is_flagged_unstable() {
        Random rnd = new Random(9);
        double[][] v = new double[600][6];
        for (double[] row : v) for (int j = 0; j < 6; j++) row[j] = rnd.nextDouble();

        Clustering c = segmenter.segment(table(v, "a", "b", "c", "d", "e", "f"), SegmentOptions.defaults(3),
                "revenue").clustering();

        assertThat(c.stabilityAri()).isLessThan(SmileKMeansSegmenter.STABLE_ARI);
        assertThat(c.stable()).isFalse();
    }

    @Test
    void names_are_never_repeated_even_when_clusters_look_alike() {
        CustomerTable t = blobs(new double[][] {{0, 0, 0}, {0.2, 0, 0}, {0, 0.2, 0}, {9, 0, 0}}, 80, 4, "a", "b", "c");

        Clustering c = segmenter.segment(t, SegmentOptions.defaults(2).withK(6), "revenue").clustering();

        List<String> names = c.clusters().stream().map(Clustering.Cluster::name).toList();
        assertThat(names).doesNotHaveDuplicates().hasSize(6);
    }

    @Test
    void log_scaling_is_applied_to_extremely_skewed_money_and_named_in_the_method() {
        Random rnd = new Random(1);
        double[][] v = new double[500][2];
        for (double[] row : v) {
            row[0] = Math.exp(3 + 2 * rnd.nextGaussian());  // log-normal spend: extreme skew
            row[1] = 40 + 5 * rnd.nextGaussian();  // never negative, so "log" logs it too
        }
        var t = table(v, "total_spend", "age");

        assertThat(segmenter.segment(t, SegmentOptions.defaults(1).withK(3), "revenue").clustering().scaling())
                .isEqualTo("log(total_spend)+zscore");
        assertThat(segmenter.segment(t, SegmentOptions.defaults(1).withK(3).withScaling("log"), "revenue")
                .clustering().scaling()).isEqualTo("log+zscore");
        assertThat(segmenter.segment(t, SegmentOptions.defaults(1).withK(3).withScaling("robust"), "revenue")
                .clustering().scaling()).isEqualTo("log(total_spend)+robust");
    }

    @Test
    void lifts_leave_out_customers_outside_the_lift_sample() {
        double[][] v = {{1, 1}, {1.1, 1}, {0.9, 1}, {10, 10}, {10.1, 10}, {9.9, 10}, {10, 9.9}, {10, 10.1}};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < v.length; i++) ids.add("id" + i);
        double[] measure = {1, 1, 1, 1, 1, 1, 1, 5};
        String out = segbrief.metrics.CustomerFeatures.NOT_SAMPLED;
        List<String> city = List.of("A", out, "B", "B", out, "B", "B", "A");
        var t = new CustomerTable(ids, List.of("x", "y"), v, measure, Map.of("city", city));

        Clustering.Cluster big = segmenter.segment(t, SegmentOptions.defaults(1).withK(2), "revenue").clustering().clusters().get(0);

        // read customers only: inside the big cluster 3 of 4 are B; overall 4 of 6
        assertThat(big.lifts().get("city")).containsOnlyKeys("A", "B");
        assertThat(big.lifts().get("city").get("B")).isCloseTo((3 / 4.0) / (4 / 6.0), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void profiles_carry_shares_centroids_zscores_and_dimension_lifts() {
        double[][] v = {{1, 1}, {1.1, 1}, {0.9, 1}, {10, 10}, {10.1, 10}, {9.9, 10}, {10, 9.9}, {10, 10.1}};
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < v.length; i++) ids.add("id" + i);
        double[] measure = {1, 1, 1, 1, 1, 1, 1, 5};
        List<String> city = List.of("A", "A", "B", "B", "B", "B", "B", "A");
        var t = new CustomerTable(ids, List.of("x", "y"), v, measure, Map.of("city", city));

        SegmentResult r = segmenter.segment(t, SegmentOptions.defaults(1).withK(2), "revenue");

        Clustering.Cluster big = r.clustering().clusters().get(0);
        assertThat(big.size()).isEqualTo(5);
        assertThat(big.share()).isEqualTo(5 / 8.0);
        assertThat(big.measureShare()).isEqualTo(9 / 12.0);
        assertThat(big.centroid().get("x")).isCloseTo(10, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(big.zscores().get("x")).isPositive();
        // city B: 4 of 5 inside, 5 of 8 overall
        assertThat(big.lifts().get("city").get("B")).isCloseTo((4 / 5.0) / (5 / 8.0),
                org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.clusterIds()).containsExactly(2, 2, 2, 1, 1, 1, 1, 1);
        assertThat(Arrays.stream(r.clusterIds()).distinct().count()).isEqualTo(2);
    }

    @Test
    void refuses_a_fixed_k_larger_than_the_distinct_customers() {
        double[][] v = {{1, 1}, {1, 1}, {2, 2}, {2, 2}, {3, 3}};

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> segmenter.segment(table(v, "x", "y"),
                        SegmentOptions.defaults(1).withK(4), "revenue"))
                .isInstanceOf(segbrief.UserError.class)
                .hasMessage("k = 4 but the customers have fewer than 4 distinct combinations of feature values");
    }

    @Test
    void refuses_to_cluster_two_customers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> segmenter.segment(
                        table(new double[][] {{1}, {2}}, "x"), SegmentOptions.defaults(1), "revenue"))
                .isInstanceOf(segbrief.UserError.class).hasMessage("only 2 customers: too few to cluster");
    }

    @Test
    void missing_and_infinite_values_take_the_feature_mean() {
        double[][] v = {{1, 1}, {Double.NaN, 1.1}, {1.2, 0.9}, {9, 9}, {9.1, Double.POSITIVE_INFINITY}, {8.9, 9}};

        SegmentResult r = segmenter.segment(table(v, "x", "y"), SegmentOptions.defaults(1).withK(2), "revenue");

        assertThat(r.clustering().clusters()).extracting(Clustering.Cluster::size).containsExactly(3L, 3L);
    }
}
