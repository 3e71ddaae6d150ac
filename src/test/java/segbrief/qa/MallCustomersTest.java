package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real Mall Customers file, when the machine has it. */
class MallCustomersTest {
    @TempDir
    Path dir;

    static Path file;

    @BeforeAll
    static void find() {
        file = Stream.of(Path.of("../shared/datasets/mall-customers/Mall_Customers.csv"))
                .filter(Files::isRegularFile).findFirst().orElse(null);
    }

    @Test
    void runs_with_no_config() {
        Assumptions.assumeTrue(file != null, "Mall_Customers.csv not present");
        Qa.Brief b = Qa.run("run", file.toAbsolutePath().toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(200);
        assertThat(b.metrics().get("data").get("rows_rejected").asInt()).isZero();
        assertThat(b.pages("appendix.pdf")).isGreaterThan(1);
    }

    @Test
    void income_and_spending_give_the_five_textbook_clusters() throws Exception {
        Assumptions.assumeTrue(file != null, "Mall_Customers.csv not present");
        Qa.Brief b = Qa.run("run", file.toAbsolutePath().toString(), "--features", "AnnualIncome,SpendingScore",
                "--out", dir.resolve("out").toString()).ok();
        JsonNode c = b.metrics().get("clusters");
        assertThat(c.get("k").asInt()).isEqualTo(5);
        List<String> names = new ArrayList<>();
        c.get("clusters").forEach(x -> names.add(x.get("name").asText()));
        assertThat(names).hasSize(5).doesNotHaveDuplicates().contains("High income · Low spending", "Low income · High spending");

        List<String> lines = Files.readAllLines(b.file("clusters.csv"));
        assertThat(lines).hasSize(201);
        assertThat(lines.getFirst()).startsWith("customer_id,");
        assertThat(lines.get(1)).startsWith("0001,");
        assertThat(lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .allSatisfy(id -> assertThat(id).matches("\\d{4}")).contains("0001", "0010", "0200");
        assertThat(b.appendix()).contains("High income · Low spending");
    }
}
