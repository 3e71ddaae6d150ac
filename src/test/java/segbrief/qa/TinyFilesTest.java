package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One or two rows give a report, not a stop: the figures they have, and clustering skipped with its reason. */
class TinyFilesTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void a_file_of_a_row_or_two_gives_a_brief_that_says_why_there_are_no_clusters(int rows) {
        StringBuilder csv = new StringBuilder("customer_id,city,age,spend\n");
        for (int i = 1; i <= rows; i++) csv.append("C").append(i).append(",Paris,").append(20 + i).append(',').append(10 * i).append('\n');
        Path file = Qa.write(dir, "tiny.csv", csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Qa.Brief b = Qa.run("run", file.toString(), "--features", "age,spend", "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(rows);
        assertThat(b.metrics().get("quality").get("notes").toString())
                .contains("Customer clusters skipped: " + rows + " customer(s) with the features, and clustering needs at least 3");
        assertThat(b.appendix()).contains("Customer clusters skipped");
    }
}
