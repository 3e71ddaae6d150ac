package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;

/** Bad input gets one clear line and a non-zero exit; never a stack trace, never a half-written output. */
class BadInputTest {
    @TempDir
    Path dir;



    Path spec(String yaml) {
        return TestData.write(dir, "brief.yaml", yaml);
    }

    void data(String csv) {
        TestData.write(dir, "donations.csv", csv);
    }

    static final String GOOD_CSV = "donation_id,donor_id,date,category,device,gender,age,amount\n"
            + "1,D1,2023-01-05,Games,iOS,Female,23,10.5\n2,D2,2023-02-05,Sports,Android,Male,41,20\n"
            + "3,D1,2023-03-05,Games,iOS,Female,23,5.25\n";

    @Test
    void rejects_an_unknown_key_naming_its_line_and_the_allowed_keys() {
        data(GOOD_CSV);
        CliRun o = CliRun.of("run", spec(TestData.SPEC.replace("currency: EUR", "currency: EUR\nmeasure: amount")).toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err().strip()).isEqualTo("segbrief: " + dir.resolve("brief.yaml") + " line 3: unknown key \"measure\" (allowed here: "
                + "bins, brand, clusters, completeness, crosstabs, currency, customer_id, date, decimal, derive, dimensions, distributions, email, "
                + "filter, kpis, locale, measures, min_customers, name, order_id, page, period, questions, recipients, seed, sources, subtitle, title, trend)");
    }

    @Test
    void rejects_a_spec_whose_measure_column_is_missing() {
        data(GOOD_CSV);
        CliRun o = CliRun.of("run", spec(TestData.SPEC.replace("- column: amount", "- column: amont")).toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("brief.yaml line 9: column \"amont\" not found in the data (did you mean \"amount\"? columns: donation_id, donor_id, date, category, device, gender, age, amount)");
        assertThat(o.err().lines().count()).isEqualTo(1);
    }

    @Test
    void rejects_a_wrong_type_with_its_line() {
        data(GOOD_CSV);
        CliRun o = CliRun.of("run", spec(TestData.SPEC.replace("top: 3", "top: three")).toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err()).contains("line 21: \"questions[1].top\" must be a whole number, not \"three\"");
    }

    @Test
    void strict_rejects_a_value_that_is_not_a_number_with_file_line_and_column() {
        data(GOOD_CSV + "4,D3,2023-04-05,Art,iOS,Male,30,12.5O\n");
        CliRun o = CliRun.of("run", spec(TestData.SPEC).toString(), "--out", dir.resolve("out").toString(), "--strict");
        assertThat(o.code()).isEqualTo(4);
        assertThat(o.err().strip()).startsWith("segbrief: " + dir.resolve("donations.csv") + " line 5 column \"amount\": \"12.5O\" is not a number");
        assertThat(o.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dir.resolve("out")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void counts_and_reports_a_row_with_too_many_fields_instead_of_dropping_it_silently() throws Exception {
        data(GOOD_CSV + "4,D3,2023-04-05,Art,iOS,Male,30,12.5,extra\n");
        CliRun o = CliRun.of("run", spec(TestData.SPEC).toString(), "--out", dir.resolve("out").toString());
        assertThat(o.code()).as(o.err()).isZero();
        String json = Files.readString(dir.resolve("out/test-donations/all/metrics.json".replace("test-donations", dirName())));
        assertThat(json).contains("\"rows_rejected\" : 1").contains("\"line\" : 5");
    }

    @Test
    void debug_adds_the_stack_trace() {
        data(GOOD_CSV);
        CliRun o = CliRun.of("run", spec(TestData.SPEC.replace("- column: amount", "- column: amont")).toString(), "--debug");
        assertThat(o.err()).contains("segbrief.UserError").contains("\tat ");
    }

    @Test
    void a_failed_run_keeps_the_previous_good_output() throws Exception {
        data(GOOD_CSV);
        Path out = dir.resolve("out");
        assertThat(CliRun.of("run", spec(TestData.SPEC).toString(), "--out", out.toString()).code()).isZero();
        Path json = out.resolve(dirName()).resolve("all/metrics.json");
        String before = Files.readString(json);
        data(GOOD_CSV + "4,D3,2023-04-05,Art,iOS,Male,30,oops\n");
        assertThat(CliRun.of("run", spec(TestData.SPEC).toString(), "--out", out.toString(), "--strict").code()).isEqualTo(4);
        assertThat(Files.readString(json)).isEqualTo(before);
        try (var s = Files.list(out.resolve(dirName()))) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("all");
        }
    }

    @Test
    void rejects_an_unknown_period() {
        data(GOOD_CSV);
        CliRun o = CliRun.of("run", spec(TestData.SPEC).toString(), "--period", "2023-13");
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().strip()).isEqualTo("segbrief: --period 2023-13: not a period (use a year (2023), a quarter (2023-Q4) or a month (2023-11))");
    }

    @Test
    void help_explains_the_run_options() {
        CliRun o = CliRun.of("run", "--help");
        assertThat(o.code()).isZero();
        assertThat(o.out()).contains("--period").contains("--out").contains("--timings");
    }

    private String dirName() {
        return dir.getFileName().toString().toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
