package segbrief.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Features read as words on the pages; the data files keep their names. */
class ClusteringLabelsTest {
    @Test
    void derived_features_and_column_names_read_as_words() {
        assertThat(Clustering.label("total_spend")).isEqualTo("spend");
        assertThat(Clustering.label("average_order_value")).isEqualTo("order value");
        assertThat(Clustering.label("recency_days")).isEqualTo("recency");
        assertThat(Clustering.label("orders")).isEqualTo("orders");
        assertThat(Clustering.label("Annual Income (k$)")).isEqualTo("Annual Income (k$)");
        assertThat(Clustering.label("annual_income")).isEqualTo("annual income");
        assertThat(Clustering.label("SpendingScore")).isEqualTo("Spending Score");
    }
}
