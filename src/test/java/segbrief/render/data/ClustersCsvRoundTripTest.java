package segbrief.render.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.CustomerScores;
import segbrief.brief.PreviousScores;

class ClustersCsvRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void the_next_run_reads_back_each_customers_cluster_and_segment_and_the_previous_columns_are_added() throws Exception {
        CustomerScores scores = new CustomerScores(List.of("a", "=b", "c"), new int[]{1, 2, 0}, List.of("One", "Two", ""),
                new int[]{5, 1, 3}, new int[]{5, 1, 3}, new int[]{5, 1, 3}, List.of("Champions", "Lost", ""));
        StringBuilder csv = new StringBuilder();
        new ClustersCsvWriter().write(scores, new PreviousScores("2023-10", Map.of("a", 2), Map.of("a", "Loyal", "=b", "+x")), csv);
        assertThat(csv.toString()).isEqualTo("""
                customer_id,cluster_id,cluster,recency_score,frequency_score,monetary_score,rfm_segment,previous_cluster_id,previous_rfm_segment\r
                a,1,One,5,5,5,Champions,2,Loyal\r
                '=b,2,Two,1,1,1,Lost,,'+x\r
                c,,,3,3,3,,,\r
                """);
        Path f = Files.writeString(dir.resolve("clusters.csv"), csv);
        PreviousScores back = ClustersCsvReader.read("2023-11", f);
        assertThat(back.clusters()).isEqualTo(Map.of("a", 1, "=b", 2));
        assertThat(back.rfmSegments()).isEqualTo(Map.of("a", "Champions", "=b", "Lost"));
    }
}
