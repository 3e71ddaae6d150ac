package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import segbrief.metrics.Period;
import segbrief.metrics.PeriodCoverage;
import segbrief.spec.Completeness;

class CompletenessCheckTest {
    static final Period DEC = Period.parse("2023-12");

    @Test
    void a_month_whose_data_ends_on_the_2nd_is_incomplete() {
        var c = CompletenessCheck.check(new PeriodCoverage(31, 2, LocalDate.of(2023, 12, 2), 62, List.of(30.0, 31.0)),
                DEC, List.of(), Completeness.DEFAULTS, Locale.UK);
        assertThat(c.complete()).isFalse();
        assertThat(c.banner()).isEqualTo("Data ends on 2 Dec: the month is incomplete");
        assertThat(c.rowsPerDay()).isEqualTo(62 / 31.0);
        assertThat(c.expectedRowsPerDay()).isEqualTo(30.5);
        assertThat(c.expectedFrom()).isEqualTo("data");
    }

    @Test
    void data_up_to_the_gap_allowed_is_complete() {
        // 31 Dec minus 3 days = 28 Dec: still complete with the default gap of 3 days; 27 Dec is not
        var ok = CompletenessCheck.check(new PeriodCoverage(31, 28, LocalDate.of(2023, 12, 28), 900, List.of(30.0)),
                DEC, List.of(), Completeness.DEFAULTS, Locale.UK);
        var late = CompletenessCheck.check(new PeriodCoverage(31, 27, LocalDate.of(2023, 12, 27), 900, List.of(30.0)),
                DEC, List.of(), Completeness.DEFAULTS, Locale.UK);
        assertThat(ok.complete()).isTrue();
        assertThat(ok.banner()).isNull();
        assertThat(late.complete()).isFalse();
    }

    @Test
    void thin_data_is_measured_against_the_archive_first() {
        // 310 rows over 31 days = 10 a day; the archive's median is 25 (20, 25, 40): 10 < 0.5 x 25
        var c = CompletenessCheck.check(new PeriodCoverage(31, 31, LocalDate.of(2023, 12, 31), 310, List.of(11.0)),
                DEC, List.of(40.0, 20.0, 25.0), Completeness.DEFAULTS, Locale.UK);
        assertThat(c.expectedRowsPerDay()).isEqualTo(25.0);
        assertThat(c.expectedFrom()).isEqualTo("archive");
        assertThat(c.complete()).isFalse();
        assertThat(c.banner()).isEqualTo("10.0 rows a day against 25.0 usually: the month looks incomplete");
        // with a looser spec threshold the same month passes
        assertThat(CompletenessCheck.check(new PeriodCoverage(31, 31, LocalDate.of(2023, 12, 31), 310, List.of()),
                DEC, List.of(40.0, 20.0, 25.0), new Completeness(3, 0.3), Locale.UK).complete()).isTrue();
    }

    @Test
    void no_data_and_no_yardstick() {
        var c = CompletenessCheck.check(new PeriodCoverage(31, 0, null, 0, List.of()), DEC, List.of(), Completeness.DEFAULTS, Locale.UK);
        assertThat(c.banner()).isEqualTo("No data in 2023-12: the month is incomplete");
        assertThat(c.expectedRowsPerDay()).isNaN();
        assertThat(CompletenessCheck.median(List.of(3.0, 1.0, 2.0, 10.0))).isEqualTo(2.5);
    }
}
