package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --engine spark} reads a folder of Parquet files (as a data lake holds a table) as one source. */
class SparkParquetTest {
    @TempDir
    Path dir;

    @Test
    void a_folder_of_parquet_files_gives_the_figures_of_the_csv_it_was_written_from() throws Exception {
        Path csv = SparkIngestTest.DATA.resolve("crowdfunding/donations.csv").toAbsolutePath();
        Path folder = dir.resolve("lake/donations");
        SparkSession spark = SparkSessions.open(null);
        // four part files, as a cluster writes a table; typed as DuckDB reads the CSV
        spark.read().option("header", "true").csv(csv.toString()).selectExpr("CAST(donation_id AS BIGINT) AS donation_id",
                        "CAST(donor_id AS BIGINT) AS donor_id", "CAST(date AS DATE) AS date", "category", "device", "gender",
                        "CAST(age AS BIGINT) AS age", "CAST(amount AS DOUBLE) AS amount")
                .repartition(4).write().parquet(folder.toString());
        try (var parts = Files.list(folder)) {
            assertThat(parts.filter(p -> p.toString().endsWith(".parquet")).count()).isEqualTo(4);
        }
        String spec = Files.readString(SparkIngestTest.DATA.resolve("crowdfunding/brief.yaml"));
        Files.copy(csv, dir.resolve("lake/donations.csv"));
        Path fromCsv = Files.writeString(dir.resolve("lake/csv.yaml"), spec);
        Path fromLake = Files.writeString(dir.resolve("lake/brief.yaml"), spec.replace("file: donations.csv", "file: donations"));

        JsonNode lake = SparkBriefsTest.run(fromLake, dir.resolve("out-lake"), "spark");
        JsonNode plain = SparkBriefsTest.run(fromCsv, dir.resolve("out-csv"), "duckdb");
        List<String> differences = new ArrayList<>();
        for (String part : List.of("kpis", "segments", "crosstabs", "trends", "claims", "findings")) {
            SparkBriefsTest.compare(part, plain.get(part), lake.get(part), differences);
        }
        assertThat(differences).isEmpty();
        assertThat(lake.at("/sources/0/format").asText()).isEqualTo("parquet");

        // the folder alone, without a spec: roles inferred from the Parquet schema and the first rows
        JsonNode bare = SparkBriefsTest.runOn(folder, dir.resolve("out-bare"), "spark");
        assertThat(bare.at("/data/rows").asLong()).isEqualTo(20_000);
        assertThat(bare.at("/sources/0/file").asText()).isEqualTo("donations");
    }
}
