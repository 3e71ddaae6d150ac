package segbrief.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.CustomerScores;
import segbrief.metrics.CustomerFeatures;
import segbrief.metrics.CustomerTable;
import segbrief.metrics.Rfm;
import segbrief.metrics.RfmResult;
import segbrief.render.data.ClustersCsvWriter;

/** clusters.csv from the segmenter's result joined with RFM scores. */
class ClustersCsvTest {
    @TempDir
    Path dir;

    @Test
    void writes_customer_cluster_and_rfm_columns_with_formulas_neutralised() throws IOException {
        var t = new CustomerTable(List.of("=cmd|' /C calc'!A0", "@b", "c", "-d"), List.of("x"),
                new double[][] {{1}, {1.2}, {9}, {9.1}}, new double[] {1, 1, 1, 1}, Map.of());
        SegmentResult r = new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(1).withK(2), "revenue");
        var rfm = new RfmResult(null, List.of("c", "@b"), new int[] {5, 1}, new int[] {4, 2}, new int[] {3, 3},
                List.of(Rfm.CHAMPIONS, Rfm.HIBERNATING));

        Path file = dir.resolve("clusters.csv");
        new ClustersCsvWriter().write(r.scores(Optional.of(rfm)), file);

        String name1 = r.clustering().clusters().get(0).name();
        String name2 = r.clustering().clusters().get(1).name();
        assertThat(Files.readString(file)).isEqualTo(
                "customer_id,cluster_id,cluster,recency_score,frequency_score,monetary_score,rfm_segment\r\n"
                        + "'=cmd|' /C calc'!A0,1," + name1 + ",,,,\r\n"
                        + "'@b,1," + name1 + ",1,2,3,Hibernating\r\n"
                        + "c,2," + name2 + ",5,4,3,Champions\r\n"
                        + "'-d,2," + name2 + ",,,,\r\n");
    }

    @Test
    void the_same_input_and_seed_give_byte_identical_files() throws Exception {
        Path first = dir.resolve("a.csv");
        Path second = dir.resolve("b.csv");
        for (Path out : List.of(first, second)) {
            try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); var st = c.createStatement()) {
                st.execute("CREATE TABLE s AS SELECT 'k' || (i % 300) AS cust, DATE '2024-01-01' + (i * 7 % 365)::INT"
                        + " AS day, (i * 37 % 101)::DOUBLE AS amount FROM range(3000) t(i)");
                CustomerTable t = CustomerFeatures.build(new segbrief.source.DuckDbEngine(c), "s", "cust", "day", "amount", List.of(), List.of());
                Optional<RfmResult> rfm = Rfm.compute(new segbrief.source.DuckDbEngine(c), "s", "cust", "day", "amount");
                CustomerScores scores = new SmileKMeansSegmenter().segment(t, SegmentOptions.defaults(5), "revenue")
                        .scores(rfm);
                new ClustersCsvWriter().write(scores, out);
            }
        }
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllLines(first)).hasSize(301);
        assertThat(Files.readAllLines(first).get(1)).startsWith("k0,").doesNotEndWith(",");
    }
}
