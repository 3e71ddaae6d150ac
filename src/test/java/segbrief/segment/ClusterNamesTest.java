package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterNamesTest {
    @Test
    void short_words_drop_units_and_filler_from_column_names() {
        assertThat(ClusterNames.shortWord("AnnualIncome")).isEqualTo("income");
        assertThat(ClusterNames.shortWord("Annual Income (k$)")).isEqualTo("income");
        assertThat(ClusterNames.shortWord("Spending Score (1-100)")).isEqualTo("spending");
        assertThat(ClusterNames.shortWord("total_spend")).isEqualTo("spending");
        assertThat(ClusterNames.label("SpendingScore")).isEqualTo("Spending score");
        assertThat(ClusterNames.label("Annual Income (k$)")).isEqualTo("Annual income (k$)");
    }

    @Test
    void two_features_are_always_both_named_in_feature_order() {
        List<String> names = ClusterNames.names(List.of("Age", "SpendingScore"),
                new double[][] {{-1.1, 1.2}, {0.1, -0.2}, {1.3, -1.0}});

        assertThat(names).containsExactly("Young · High spending", "Middle-aged · Average spending",
                "Older · Low spending");
    }

    @Test
    void many_features_name_the_two_that_stand_out_most() {
        List<String> names = ClusterNames.names(List.of("a", "recency_days", "orders", "d"),
                new double[][] {{0.1, -1.5, 2.0, 0.2}, {0.1, 0.2, 0.3, 0.1}, {0.7, 0.1, 0.0, 0.0}});

        assertThat(names).containsExactly("Many orders · Recent", "Typical customers", "High a");
    }

    @Test
    void look_alike_clusters_get_more_features_then_a_group_number() {
        List<String> names = ClusterNames.names(List.of("a", "b", "c"),
                new double[][] {{1, 0, 0.6}, {1, 0, -0.6}, {1, 0, 0.6}});

        assertThat(names).doesNotHaveDuplicates();
        assertThat(names.get(1)).isEqualTo("High a · Low c");
        assertThat(names.get(0)).isEqualTo("High a · High c · Average b · group 1");
        assertThat(names.get(2)).isEqualTo("High a · High c · Average b · group 3");
    }

    @Test
    void pca_finds_the_direction_of_greatest_variance() {
        double[][] x = new double[200][3];
        for (int i = 0; i < 200; i++) {
            double t = (i - 100) / 10.0;
            x[i] = new double[] {t, t, (i % 2) * 0.1};
        }
        Pca2 pca = Pca2.fit(x);

        assertThat(pca.axes[0][0]).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(pca.axes[0][1]).isCloseTo(Math.sqrt(0.5), within(1e-9));
        assertThat(pca.varianceShare[0]).isGreaterThan(0.99);
    }
}
