package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.MonthlyData;
import segbrief.TestData;

/** Two scheduled runs into one archive: a complete month, then one cut short on the 2nd; history lists both. */
class MonthlyLoopTest {
    @TempDir
    Path dir;



    @Test
    void a_cut_short_month_is_written_held_with_exit_7_and_listed() throws Exception {
        List<MonthlyData.Row> rows = new ArrayList<>();
        rows.addAll(MonthlyData.days(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 11, 30), 4, 40, "Games", 10.0));
        rows.addAll(MonthlyData.days(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 2), 4, 40, "Games", 10.0));
        TestData.write(dir, "donations.csv", MonthlyData.csv(rows));
        Path spec = TestData.write(dir, "brief.yaml", MonthlyData.SPEC);
        String out = dir.resolve("out").toString();

        CliRun nov = CliRun.of("run", spec.toString(), "--period", "previous-month", "--as-of", "2023-12-03", "--out", out);
        assertThat(nov.code()).as(nov.err()).isZero();
        assertThat(nov.err()).contains("segbrief: --period previous-month as of 2023-12-03 is 2023-11");
        String novJson = Files.readString(dir.resolve("out/monthly/2023-11/metrics.json"));
        assertThat(novJson).contains("\"period_request\" : \"previous-month\"").contains("\"as_of\" : \"2023-12-03\"")
                .contains("\"complete\" : true");

        // held before any connection: the closed port proves nothing was even tried
        CliRun dec = CliRun.of("run", spec.toString(), "--period", "previous-month", "--as-of", "2024-01-03", "--out", out,
                "--send", "--smtp", "127.0.0.1:1");
        assertThat(dec.code()).as(dec.err()).isEqualTo(7);
        List<String> lines = dec.err().lines().filter(l -> !l.contains("--period previous-month")).toList();
        assertThat(lines).containsExactly("segbrief: " + dir.resolve("out/monthly/2023-12").toAbsolutePath()
                + ": Data ends on 2 Dec: the month is incomplete; written but not sent (--send-anyway sends it)");
        assertThat(dir.resolve("out/monthly/2023-12/summary.eml.sent")).doesNotExist();

        // without --send nothing is held: the same run warns and succeeds
        CliRun docsOnly = CliRun.of("run", spec.toString(), "--period", "2023-12", "--out", dir.resolve("docs").toString());
        assertThat(docsOnly.code()).as(docsOnly.err()).isZero();
        assertThat(docsOnly.err().strip()).isEqualTo("segbrief: warning: " + dir.resolve("docs/monthly/2023-12").toAbsolutePath()
                + ": Data ends on 2 Dec: the month is incomplete (a run with --send would hold it; --send-anyway sends it)");
        assertThat(dir.resolve("out/monthly/2023-12/executive.pdf")).isRegularFile();
        // 8 rows in 2 of 31 days against 4 a day in September to November (rows per calendar day, median of 3 months)
        String decJson = Files.readString(dir.resolve("out/monthly/2023-12/metrics.json"));
        assertThat(decJson).contains("\"days_with_data\" : 2").contains("\"data_ends\" : \"2023-12-02\"")
                .contains("\"rows_per_day\" : " + (8 / 31.0)).contains("\"expected_rows_per_day\" : 4.0")
                .contains("\"expected_from\" : \"archive\"");

        String specSha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(spec)));
        assertThat(Files.readString(dir.resolve("out/monthly/2023-12/manifest.json")))
                .contains("\"spec_sha256\": \"" + specSha + "\"").contains("\"compared_with\": \"2023-11\"")
                .contains("\"period_request\": \"previous-month\"").contains("\"seed\": 7");

        Files.writeString(dir.resolve("out/monthly/2023-11/summary.eml.sent"), "ceo@example.com\n");
        CliRun history = CliRun.of("history", "monthly", "--out", out);
        assertThat(history.code()).isZero();
        assertThat(history.out().lines().toList()).containsExactly(
                "period      data from   data to           rows   customers  sent",
                "2023-11     2023-11-01  2023-11-30         120          40  yes",
                "2023-12     2023-12-01  2023-12-02           8           8  no");
        assertThat(CliRun.of("history", dir.resolve("out/monthly").toString()).out()).isEqualTo(history.out());
        CliRun missing = CliRun.of("history", "nothing", "--out", out);
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().count()).isOne();
    }
}
