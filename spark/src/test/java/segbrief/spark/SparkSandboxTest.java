package segbrief.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.UserError;
import segbrief.cli.Main;
import segbrief.engine.EngineException;
import segbrief.source.Sources;
import segbrief.spec.BriefSpec;
import segbrief.spec.SpecLoader;

/**
 * The sandbox's three attacks (see the main module's SandboxTest) on the Spark engine, which has no locked
 * configuration: the spec's check refuses them first; expressions that skip the check are refused by the analysed-plan
 * guard or do not parse; and after the ingest the session reads no file from SQL.
 */
class SparkSandboxTest {
    static final String CSV = "donation_id,donor_id,date,category,device,gender,age,amount,status\n"
            + "1,D1,2023-01-05,Games,iOS,Female,23,10.5,paid\n2,D2,2023-02-05,Sports,Android,Male,41,20,refunded\n"
            + "3,D1,2023-03-05,Games,iOS,Female,23,5.25,paid\n4,D3,2023-03-09,Art,iOS,Male,35,7,paid\n";
    static final String SPEC = """
            title: Test donations
            currency: EUR
            locale: en-IE
            sources:
              - file: donations.csv
            customer_id: donor_id
            date: date
            measures:
              - column: amount
                label: Donations
                kind: money
            dimensions: [category, device, gender]
            """;

    @TempDir
    Path dir;

    private Path write(Path folder, String name, String content) throws Exception {
        Files.createDirectories(folder);
        return Files.writeString(folder.resolve(name), content);
    }

    private Path secret() throws Exception {
        return write(dir.resolve("elsewhere"), "secret.txt", "root:x:0:0:the secret\n");
    }

    private Path specWith(String extra) throws Exception {
        write(dir.resolve("brief"), "donations.csv", CSV);
        return write(dir.resolve("brief"), "brief.yaml", SPEC + extra);
    }

    private static String[] run(String... args) {
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(err));
        return new String[]{String.valueOf(code), err.toString()};
    }

    @Test
    void a_derive_that_reads_a_file_is_refused_naming_its_spec_line() throws Exception {
        Path spec = specWith("derive:\n  - column: leak\n    expr: \"(SELECT value FROM text.`" + secret() + "`)\"\n");
        String[] o = run("run", spec.toString(), "--out", dir.resolve("out").toString(), "--engine", "spark");
        assertThat(o[0]).isEqualTo("3");
        assertThat(o[1].strip()).startsWith("segbrief: " + spec + " line 15 (derive leak): ").contains("not allowed")
                .doesNotContain("root:x").doesNotContain("Exception");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void a_filter_that_writes_a_file_is_refused_and_writes_nothing() throws Exception {
        Path target = dir.resolve("pwned");
        Path spec = specWith("filter: \"1=1; INSERT OVERWRITE DIRECTORY '" + target + "' SELECT 42\"\n");
        String[] o = run("run", spec.toString(), "--out", dir.resolve("out").toString(), "--engine", "spark");
        assertThat(o[0]).isEqualTo("3");
        assertThat(o[1].strip()).startsWith("segbrief: " + spec + " line 13 (filter): \";\" is not allowed");
        assertThat(target).doesNotExist();
    }

    /** Expressions that skip the spec's check: a subquery on a file, calls by reflection, a second statement. */
    @Test
    void the_engine_refuses_file_access_to_expressions_that_skip_the_check() throws Exception {
        Path secret = secret();
        Path target = dir.resolve("pwned");
        BriefSpec loaded = SpecLoader.load(specWith(""));
        for (String attack : List.of(
                "(SELECT first(value) FROM text.`" + secret + "`)",
                "reflect('java.lang.System', 'getenv', 'HOME')",
                "java_method('java.lang.System', 'getProperty', 'user.home')",
                "input_file_name()",
                "1) AS x FROM facts_joined; INSERT OVERWRITE DIRECTORY '" + target + "' SELECT (1")) {
            BriefSpec hostile = loaded.withDerive(List.of(new BriefSpec.DeriveSpec("x", attack, 1)));
            try (SparkSource source = SparkSource.open(new Sources.Options("spark", null, null, null))) {
                assertThatThrownBy(() -> source.ingest(hostile, Set.of("amount"), Set.of("donor_id"), null)).as(attack)
                        .isInstanceOfSatisfying(UserError.class, e -> {
                            assertThat(e.exitCode()).isEqualTo(3);
                            assertThat(e.oneLine()).contains("line 1").doesNotContain("root:x").doesNotContain("Exception");
                        });
            }
            assertThat(target).doesNotExist();
        }
    }

    @Test
    void after_ingest_the_session_reads_no_file_from_sql_and_the_rows_stay_readable() throws Exception {
        Path secret = secret();
        BriefSpec spec = SpecLoader.load(specWith(""));
        try (SparkSource source = SparkSource.open(new Sources.Options("spark", null, null, null))) {
            source.ingest(spec, Set.of("amount"), Set.of("donor_id"), null);
            for (String sql : List.of("SELECT * FROM text.`" + secret + "`", "SELECT * FROM csv.`" + secret + "`")) {
                assertThatThrownBy(() -> source.engine().query("attack", sql)).as(sql).isInstanceOf(EngineException.class);
            }
            assertThat(source.engine().scalar("rows", "SELECT count(*) FROM facts_all")).isEqualTo(4);
        }
    }

    @Test
    void a_filter_keeps_its_rows_and_says_how_many() throws Exception {
        Path spec = specWith("filter: status <> 'refunded'\n");
        Path out = dir.resolve("out");
        String[] o = run("run", spec.toString(), "--out", out.toString(), "--engine", "spark");
        assertThat(o[0]).as(o[1]).isEqualTo("0");
        String json = Files.readString(out.resolve("brief/all/metrics.json"));
        assertThat(json).contains("kept 3 of 4 rows").contains("\"rows\" : 3");
    }

    @Test
    void a_misspelt_column_in_a_derive_is_named_without_engine_words() throws Exception {
        Path spec = specWith("derive:\n  - column: ok\n    expr: amount * 2\n  - column: bad\n    expr: amont * 2\n");
        String[] o = run("run", spec.toString(), "--out", dir.resolve("out").toString(), "--engine", "spark");
        assertThat(o[0]).isEqualTo("3");
        assertThat(o[1].strip()).isEqualTo("segbrief: " + spec + " line 17 (derive bad): column \"amont\" does not exist"
                + " in the sources (with --engine spark, expressions are Spark SQL over the sources' columns)");
    }
}
