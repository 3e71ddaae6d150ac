package segbrief.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.cli.Main;
import segbrief.generate.Generators;

/**
 * The benchmark's smoke run, so bench/ cannot rot: 100k generated transactions through bench/transactions.yaml,
 * every output. Speed is measured by bench/run, not asserted here.
 */
class BenchSmokeTest {
    @TempDir
    Path dir;

    @Test
    void the_benchmark_brief_runs_on_100k_generated_transactions() throws Exception {
        Generators.write("transactions", 100_000, 20240501, dir);
        Path csv;
        try (var s = Files.list(dir)) {
            csv = s.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
        }
        String spec = Files.readString(Path.of("bench/transactions.yaml")).replace("file: tx.csv", "file: " + csv.getFileName());
        Files.writeString(dir.resolve("brief.yaml"), spec);
        StringWriter err = new StringWriter();
        int code = Main.run(new String[]{"run", dir.resolve("brief.yaml").toString(), "--out", dir.resolve("out").toString(), "--timings"},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("ingest").contains("total").contains("peak RSS");
        Path out = dir.resolve("out/transactions/all");
        JsonNode json = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        assertThat(json.get("data").get("rows").asLong()).isEqualTo(100_000);
        assertThat(json.get("segments")).hasSize(9);
        assertThat(json.get("crosstabs").size()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("trends").size()).isGreaterThanOrEqualTo(2);
        assertThat(json.get("clusters").get("k").asInt()).isBetween(2, 10);
        assertThat(json.get("rfm").get("segments").size()).isGreaterThan(3);
        for (String f : new String[]{"executive.pdf", "appendix.pdf", "appendix-pdfa.pdf", "summary.eml", "clusters.csv"}) {
            assertThat(out.resolve(f)).isRegularFile();
        }
    }
}
