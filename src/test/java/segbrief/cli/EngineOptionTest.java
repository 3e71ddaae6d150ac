package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.UserError;
import segbrief.spec.BriefSpec;
import segbrief.spec.FileSets;
import segbrief.spec.SourcePaths;
import segbrief.spec.SpecLoader;

/**
 * --engine: DuckDB by default; Spark only when its optional module is on the class path (it is not in this build),
 * otherwise one line saying how to build it. Sets of files (folders, globs, remote paths) only for an engine that
 * reads them, inside the folders the user allowed.
 */
class EngineOptionTest {
    @TempDir
    Path dir;

    private Path spec() {
        TestData.write(dir.resolve("brief"), "donations.csv", "donation_id,donor_id,date,category,amount\n1,D1,2023-01-05,Games,10\n"
                + "2,D2,2023-02-05,Art,20\n3,D1,2023-03-05,Games,5\n");
        return TestData.write(dir.resolve("brief"), "brief.yaml", """
                title: T
                sources:
                  - file: donations.csv
                customer_id: donor_id
                date: date
                measures:
                  - {column: amount, label: Donations, kind: money}
                dimensions: [category]
                """);
    }

    @Test
    void spark_without_its_module_says_in_one_line_how_to_build_it() {
        CliRun o = CliRun.of("run", spec().toString(), "--out", dir.resolve("out").toString(), "--engine", "spark");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("segbrief: --engine spark: the Spark engine is not built (build it once with"
                + " ./segbrief build --with-spark; Maven fetches about 400 MB of Spark's jars)");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void an_unknown_engine_and_a_master_without_spark_are_usage_errors() {
        CliRun unknown = CliRun.of("run", spec().toString(), "--engine", "oracle");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err().strip()).isEqualTo("segbrief: --engine oracle: no such engine (use duckdb (the default) or spark)");
        CliRun master = CliRun.of("run", spec().toString(), "--master", "local[2]");
        assertThat(master.code()).isEqualTo(2);
        assertThat(master.err().strip()).isEqualTo("segbrief: --master: applies to --engine spark only");
    }

    @Test
    void duckdb_named_is_the_default() {
        CliRun o = CliRun.of("run", spec().toString(), "--out", dir.resolve("out").toString(), "--engine", "duckdb");
        assertThat(o.code()).as(o.err()).isZero();
        assertThat(dir.resolve("out/brief/all/metrics.json")).exists();
    }

    @Test
    void remote_paths_keep_their_url_and_globs_their_folder() {
        assertThat(FileSets.isRemote(Path.of("s3a://bucket/exports/sales"))).isTrue();
        assertThat(FileSets.location(Path.of("s3a://bucket/exports/sales"))).isEqualTo("s3a://bucket/exports/sales");
        assertThat(FileSets.location(Path.of("hdfs://namenode:8020/x/y.parquet"))).isEqualTo("hdfs://namenode:8020/x/y.parquet");
        assertThat(FileSets.isRemote(Path.of("/data/sales.csv"))).isFalse();
        assertThat(FileSets.isRemote(Path.of("C:/data/sales.csv"))).isFalse();  // a drive letter is no scheme
        assertThat(FileSets.isGlob(Path.of("/lake/sales/part-*.parquet"))).isTrue();
        assertThat(FileSets.isGlob(Path.of("/lake/sales"))).isFalse();
        assertThat(FileSets.folderOf(Path.of("/lake/sales/part-*.parquet"))).isEqualTo(Path.of("/lake/sales"));
    }

    @Test
    void folders_and_globs_are_sources_only_for_engines_that_read_sets_and_only_inside_allowed_folders() throws Exception {
        Path lake = Files.createDirectories(dir.resolve("brief/lake"));
        Path spec = spec();
        BriefSpec folder = SpecLoader.load(spec).withSources(List.of(new BriefSpec.SourceSpec("s", lake, null, null, 3)));
        assertThatThrownBy(() -> SourcePaths.confine(folder, List.of())).isInstanceOf(UserError.class).hasMessageContaining("is a folder");
        assertThat(SourcePaths.confine(folder, List.of(), true).sources().getFirst().file()).isEqualTo(lake.toRealPath());

        BriefSpec glob = folder.withSources(List.of(new BriefSpec.SourceSpec("s", lake.resolve("part-*.parquet"), null, null, 3)));
        assertThat(SourcePaths.confine(glob, List.of(), true).sources().getFirst().file())
                .isEqualTo(lake.toRealPath().resolve("part-*.parquet"));
        BriefSpec outside = folder.withSources(List.of(new BriefSpec.SourceSpec("s", dir.resolve("part-*.parquet"), null, null, 3)));
        assertThatThrownBy(() -> SourcePaths.confine(outside, List.of(), true)).isInstanceOf(UserError.class)
                .hasMessageContaining("is outside the spec's folder");

        BriefSpec remote = folder.withSources(List.of(new BriefSpec.SourceSpec("s", Path.of("s3a://bucket/exports/sales"), null, null, 3)));
        assertThatThrownBy(() -> SourcePaths.confine(remote, List.of(), true)).isInstanceOf(UserError.class)
                .hasMessageContaining("remote source \"s3a://bucket/exports/sales\" is not allowed");
        assertThat(SourcePaths.confine(remote, List.of(Path.of("s3a://bucket/exports/")), true).sources()).hasSize(1);
        assertThatThrownBy(() -> SourcePaths.confine(remote, List.of(Path.of("s3a://bucket/other/")), true))
                .isInstanceOf(UserError.class);
    }
}
