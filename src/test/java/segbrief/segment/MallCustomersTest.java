package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import segbrief.brief.ChartSpec;
import segbrief.brief.Clustering;
import segbrief.metrics.CustomerFeatures;
import segbrief.metrics.CustomerTable;

/** The real Kaggle mall file (seed 003), read from ../shared/datasets; skipped where it is absent. */
class MallCustomersTest {
    private static final String RELATIVE = "../shared/datasets/mall-customers/Mall_Customers.csv";

    static Path mallFile() {
        return Stream.of(Path.of(RELATIVE))
                .filter(Files::isRegularFile).findFirst().orElse(null);
    }

    static CustomerTable load(List<String> features) throws Exception {
        Path file = mallFile();
        Assumptions.assumeTrue(file != null, "Mall_Customers.csv is not in ../shared/datasets");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
            st.execute("CREATE TABLE mall AS SELECT * FROM read_csv('" + file.toAbsolutePath().toString()
                    .replace("'", "''") + "', header = true, types = {'CustomerID': 'VARCHAR'})");
            return CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "mall", "CustomerID", null, null, features, List.of("Genre"));
        }
    }

    @Test
    void income_and_spending_give_the_five_textbook_groups() throws Exception {
        CustomerTable t = load(List.of("AnnualIncome", "SpendingScore"));

        Clustering c = new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(42), "customers").clustering();

        assertThat(t.size()).isEqualTo(200);
        assertThat(t.ids().getFirst()).isEqualTo("0001");
        assertThat(c.k()).isEqualTo(5);
        assertThat(c.silhouette()).isCloseTo(0.555, within(0.005));
        Map<Integer, Double> silhouetteByK = c.choices().stream()
                .collect(Collectors.toMap(Clustering.KChoice::k, Clustering.KChoice::silhouette));
        assertThat(silhouetteByK.get(4)).isCloseTo(0.494, within(0.01));
        assertThat(silhouetteByK.get(6)).isCloseTo(0.540, within(0.01));
        assertThat(c.stable()).isTrue();
        assertThat(c.clusters()).extracting(Clustering.Cluster::name).containsExactlyInAnyOrder(
                "High income · Low spending", "High income · High spending", "Average income · Average spending",
                "Low income · Low spending", "Low income · High spending");
        Map<String, Clustering.Cluster> byName = c.clusters().stream()
                .collect(Collectors.toMap(Clustering.Cluster::name, Function.identity()));
        Clustering.Cluster average = byName.get("Average income · Average spending");
        assertThat(average.id()).isEqualTo(1);  // the biggest group
        assertThat(average.centroid().get("AnnualIncome")).isBetween(50.0, 60.0);
        assertThat(byName.get("Low income · High spending").centroid().get("SpendingScore")).isGreaterThan(70);
        assertThat(average.lifts().get("Genre")).containsOnlyKeys("Female", "Male");
        assertThat(c.charts()).filteredOn(ch -> ch.id().equals("clusters-scatter")).singleElement()
                .satisfies(ch -> assertThat(((ChartSpec.Scatter) ch).xLabel()).isEqualTo("Annual income"));
    }

    @Test
    void age_and_spending_name_the_young_big_spenders() throws Exception {
        CustomerTable t = load(List.of("Age", "SpendingScore"));

        Clustering c = new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(42).withK(4), "customers")
                .clustering();

        assertThat(c.clusters()).extracting(Clustering.Cluster::name).contains("Young · High spending");
    }
}
