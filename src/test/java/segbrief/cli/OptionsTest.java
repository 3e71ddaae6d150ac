package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import segbrief.TestData;

/** Options are checked as the command line is read: one line, exit 2, before any data is touched. */
class OptionsTest {
    @TempDir
    Path dir;



    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--k|11|k must be auto or a whole number from 2 to 10, not 11",
            "--k|1|k must be auto or a whole number from 2 to 10, not 1",
            "--k|five|k must be auto or a whole number from 2 to 10, not \"five\"",
            "--smtp|mail.example.com|\"mail.example.com\" is not HOST:PORT (e.g. --smtp smtp.example.com:587 or --smtp [::1]:25)",
            "--smtp|host:99999|\"host:99999\" is not HOST:PORT"})
    void a_bad_option_is_one_usage_line_before_any_work(String option, String value, String says) {
        // the data file does not exist: the option is refused before the file would be looked at
        CliRun o = CliRun.of("run", dir.resolve("missing.csv").toString(), option, value);
        assertThat(o.code()).isEqualTo(2);
        assertThat(o.err().lines().count()).as(o.err()).isOne();
        assertThat(o.err()).startsWith("segbrief: Invalid value for option '" + option + "'").contains(says)
                .contains("(see 'segbrief run --help')");
    }

    @Test
    void a_spec_k_obeys_the_same_limits_as_the_command_line() {
        TestData.write(dir, "donations.csv", "donor_id,amount,age\nD1,1,20\nD2,2,30\nD3,3,40\n");
        Path spec = TestData.write(dir, "brief.yaml", "title: T\nsources:\n  - file: donations.csv\nmeasures: [amount]\n"
                + "clusters:\n  features: [age, amount]\n  k: 15\n");
        CliRun o = CliRun.of("run", spec.toString());
        assertThat(o.code()).isEqualTo(3);
        assertThat(o.err().strip()).isEqualTo("segbrief: " + spec + " line 7: clusters.k must be auto or a whole number from 2 to 10, not 15");
    }
}
