package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.UserError;
import segbrief.source.DuckDbSource;
import segbrief.spec.BriefSpec;
import segbrief.spec.SpecLoader;

/**
 * A spec is untrusted: its SQL reads nothing but the loaded rows and writes nothing, its sources stay in the folders
 * the user allowed. The attacks are the ones that worked before the sandbox (a derive that put /etc/passwd on the
 * page, a crafted expression that ran COPY ... TO, a source path leading out by .., an absolute path or a symlink).
 */
class SandboxTest {
    @TempDir
    Path dir;

    static final String CSV = "donation_id,donor_id,date,category,device,gender,age,amount,status\n"
            + "1,D1,2023-01-05,Games,iOS,Female,23,10.5,paid\n2,D2,2023-02-05,Sports,Android,Male,41,20,refunded\n"
            + "3,D1,2023-03-05,Games,iOS,Female,23,5.25,paid\n4,D3,2023-03-09,Art,iOS,Male,35,7,paid\n";



    private Path secret() {
        return TestData.write(dir.resolve("elsewhere"), "secret.txt", "root:x:0:0:the secret\n");
    }

    private Path specWith(String extra) {
        TestData.write(dir.resolve("brief"), "donations.csv", CSV);
        return TestData.write(dir.resolve("brief"), "brief.yaml", TestData.SPEC + extra);
    }

    private void assertOneCleanLine(CliRun o) {
        assertThat(o.err().lines().count()).as(o.err()).isEqualTo(1);
        assertThat(o.err()).doesNotContain("Error:").doesNotContain("Exception").doesNotContain("duckdb")
                .doesNotContain("\tat ");
    }

    @Test
    void a_derive_that_reads_a_file_is_refused_naming_its_spec_line() {
        Path spec = specWith("derive:\n  - column: leak\n    expr: \"(SELECT content FROM read_text('" + secret() + "'))\"\n");
        CliRun o = CliRun.of("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).startsWith("segbrief: " + spec + " line 28 (derive leak): \"SELECT\" is not allowed");
        assertOneCleanLine(o);
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void a_filter_that_writes_a_file_is_refused_and_writes_nothing() {
        Path target = dir.resolve("pwned.csv");
        Path spec = specWith("filter: \"1=1; COPY (SELECT 42) TO '" + target + "'\"\n");
        CliRun o = CliRun.of("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).startsWith("segbrief: " + spec + " line 26 (filter): \";\" is not allowed");
        assertOneCleanLine(o);
        assertThat(target).doesNotExist();
    }

    /** The engine holds the line by itself: expressions that skip the spec's check still reach no file. */
    @Test
    void the_engine_refuses_file_access_to_expressions_that_skip_the_check() {
        Path secret = secret();
        Path target = dir.resolve("pwned.csv");
        Path spec = specWith("");
        BriefSpec loaded = SpecLoader.load(spec);
        for (String attack : List.of(
                "(SELECT content FROM read_text('" + secret + "'))",
                "getenv('HOME')",
                "1) AS x FROM facts_all; COPY (SELECT 42) TO '" + target + "'; SELECT (1")) {
            BriefSpec hostile = withDerive(loaded, attack);
            try (DuckDbSource source = DuckDbSource.open(dir, "1GB")) {
                assertThatThrownBy(() -> source.ingest(hostile, Set.of("amount", "age"), Set.of("donor_id")))
                        .isInstanceOfSatisfying(UserError.class, e -> {
                            assertThat(e.exitCode()).isEqualTo(3);
                            assertThat(e.oneLine()).contains("line 1").doesNotContain("root:x").doesNotContain("Error:");
                        });
            }
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void after_ingest_the_connection_can_neither_read_files_nor_unlock_itself() throws Exception {
        Path secret = secret();
        BriefSpec spec = SpecLoader.load(specWith(""));
        try (DuckDbSource source = DuckDbSource.open(dir, "1GB")) {
            source.ingest(spec, Set.of("amount", "age"), Set.of("donor_id"));
            for (String sql : List.of("SELECT content FROM read_text('" + secret + "')",
                    "COPY (SELECT 1) TO '" + dir.resolve("x.csv") + "'",
                    "ATTACH '" + dir.resolve("x.db") + "' AS x",
                    "SET enable_external_access = true",
                    "SET lock_configuration = false")) {
                try (Statement st = source.connection().createStatement()) {
                    assertThatThrownBy(() -> st.execute(sql)).as(sql).isInstanceOf(SQLException.class);
                }
            }
            // the loaded rows stay readable
            try (Statement st = source.connection().createStatement(); var r = st.executeQuery("SELECT count(*) FROM facts_all")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(4);
            }
        }
        assertThat(dir.resolve("x.csv")).doesNotExist();
        assertThat(dir.resolve("x.db")).doesNotExist();
    }

    @Test
    void the_sandbox_holds_on_compressed_storage_too() throws Exception {
        String before = System.getProperty("segbrief.storage");
        System.setProperty("segbrief.storage", "compressed");
        try (DuckDbSource source = DuckDbSource.open(dir, "1GB")) {
            BriefSpec spec = SpecLoader.load(specWith("derive:\n  - column: big\n    expr: amount > 8\nfilter: status = 'paid'\n"));
            var data = source.ingest(spec, Set.of("amount", "age"), Set.of("donor_id", "status"));
            assertThat(data.notes()).anyMatch(n -> n.startsWith("Filter (brief.yaml line 29: status = 'paid') kept 3 of 4 rows"));
            try (Statement st = source.connection().createStatement()) {
                assertThatThrownBy(() -> st.execute("SELECT * FROM read_text('" + secret() + "')")).isInstanceOf(SQLException.class);
            }
            try (Statement st = source.connection().createStatement();
                 var r = st.executeQuery("SELECT count(*) FILTER (big), sum(amount) FROM facts_all")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(1);
                assertThat(r.getDouble(2)).isEqualTo(22.75);
            }
        } finally {
            if (before == null) System.clearProperty("segbrief.storage");
            else System.setProperty("segbrief.storage", before);
        }
    }

    @Test
    void a_filter_keeps_its_rows_and_the_appendix_says_how_many() throws Exception {
        Path spec = specWith("filter: status <> 'refunded'\n");
        Path out = dir.resolve("out");
        CliRun o = CliRun.of("run", spec.toString(), "--out", out.toString());
        assertThat(o.code()).as(o.err()).isZero();
        String json = Files.readString(out.resolve("brief/all/metrics.json"));
        assertThat(json).contains("kept 3 of 4 rows");
        assertThat(json).contains("\"rows\" : 3");
    }

    @Test
    void a_misspelt_column_in_a_derive_is_named_without_engine_words() {
        Path spec = specWith("derive:\n  - column: ok\n    expr: amount * 2\n  - column: bad\n    expr: amont * 2\n");
        CliRun o = CliRun.of("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err().strip()).isEqualTo("segbrief: " + spec + " line 30 (derive bad): column \"amont\" does not exist"
                + " in the sources (expressions are DuckDB SQL over the sources' columns)");
    }

    @Test
    void a_source_outside_the_spec_folder_is_refused_until_its_folder_is_allowed() throws Exception {
        Path outside = TestData.write(dir.resolve("elsewhere"), "donations.csv", CSV);
        Path spec = TestData.write(dir.resolve("brief"), "brief.yaml",
                TestData.SPEC.replace("file: donations.csv", "file: ../elsewhere/donations.csv"));
        CliRun o = CliRun.of("run", spec.toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err().strip()).isEqualTo("segbrief: " + spec + " line 5: source \"" + outside
                + "\" is outside the spec's folder (allow its folder with --data-root " + outside.toRealPath().getParent()
                + " or SEGBRIEF_DATA_ROOT)");

        CliRun allowed = CliRun.of("run", spec.toString(), "--out", dir.resolve("out").toString(),
                "--data-root", dir.resolve("elsewhere").toString());
        assertThat(allowed.code()).as(allowed.err()).isZero();
    }

    @Test
    void an_absolute_path_or_a_symlink_does_not_lead_out() throws Exception {
        Path secret = secret();
        Path abs = TestData.write(dir.resolve("brief"), "brief.yaml", TestData.SPEC.replace("file: donations.csv", "file: " + secret));
        assertThat(CliRun.of("run", abs.toString()).err()).contains("line 5: source \"" + secret + "\" is outside the spec's folder");

        Path link = dir.resolve("brief/donations.csv");
        Files.createSymbolicLink(link, secret);
        Path viaLink = TestData.write(dir.resolve("brief"), "brief.yaml", TestData.SPEC);
        CliRun o = CliRun.of("run", viaLink.toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("line 5: source \"" + link + "\" is outside the spec's folder (it leads to "
                + secret.toRealPath() + ")");
    }

    @Test
    void a_missing_source_names_the_spec_line() {
        Path spec = TestData.write(dir.resolve("brief"), "brief.yaml", TestData.SPEC.replace("file: donations.csv", "file: nowhere.csv"));
        CliRun o = CliRun.of("run", spec.toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err().strip()).isEqualTo("segbrief: " + spec + " line 5: source file \"" + dir.resolve("brief/nowhere.csv")
                + "\" not found (paths in a spec are relative to the spec's folder)");
    }

    private static BriefSpec withDerive(BriefSpec s, String expr) {
        return s.withDerive(List.of(new BriefSpec.DeriveSpec("x", expr, 1)));
    }
}
