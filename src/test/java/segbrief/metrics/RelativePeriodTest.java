package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativePeriodTest {
    @Test
    void previous_month_is_the_whole_month_before_the_date() {
        assertThat(RelativePeriod.resolve("previous-month", LocalDate.of(2023, 12, 3))).isEqualTo("2023-11");
        assertThat(RelativePeriod.resolve("previous-month", LocalDate.of(2024, 1, 1))).isEqualTo("2023-12");
        assertThat(RelativePeriod.resolve("previous-month", LocalDate.of(2024, 3, 31))).isEqualTo("2024-02");
    }

    @Test
    void previous_quarter_is_the_whole_quarter_before_the_date() {
        assertThat(RelativePeriod.resolve("previous-quarter", LocalDate.of(2024, 1, 3))).isEqualTo("2023-Q4");
        assertThat(RelativePeriod.resolve("previous-quarter", LocalDate.of(2023, 12, 31))).isEqualTo("2023-Q3");
        assertThat(RelativePeriod.resolve("previous-quarter", LocalDate.of(2023, 4, 1))).isEqualTo("2023-Q1");
        assertThat(RelativePeriod.resolve("Previous-Quarter", LocalDate.of(2023, 6, 30))).isEqualTo("2023-Q1");
    }

    @Test
    void other_periods_pass_through() {
        assertThat(RelativePeriod.resolve("2023-Q4", LocalDate.of(2024, 1, 3))).isEqualTo("2023-Q4");
        assertThat(RelativePeriod.resolve(null, LocalDate.of(2024, 1, 3))).isNull();
        assertThat(RelativePeriod.isRelative("2023")).isFalse();
    }
}
