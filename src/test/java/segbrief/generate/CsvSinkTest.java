package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTest {
    @TempDir
    Path tmp;

    @Test
    void quotes_only_cells_that_need_it() throws IOException {
        String text = write(sink -> sink.text("plain").text("a,b").text("say \"hi\"").text(" padded").text("").text("O'Brien"));

        assertThat(text).isEqualTo("h\nplain,\"a,b\",\"say \"\"hi\"\"\",\" padded\",,O'Brien\n");
    }

    @Test
    void writes_numbers_without_locale() throws IOException {
        String text = write(sink -> sink.integer(0).integer(-42).integer(Long.MAX_VALUE).decimal(123456, 2)
                .decimal(5, 2).decimal(-1050, 1).decimal(7, 0).bool(true).bool(false));

        assertThat(text).isEqualTo("h\n0,-42,9223372036854775807,1234.56,0.05,-105.0,7,TRUE,FALSE\n");
    }

    @Test
    void writes_iso_dates_like_java_time_over_three_centuries() throws IOException {
        long from = LocalDate.of(1899, 12, 25).toEpochDay();
        long to = LocalDate.of(2101, 1, 5).toEpochDay();
        StringBuilder expected = new StringBuilder("h\n");
        for (long d = from; d <= to; d++) expected.append(LocalDate.ofEpochDay(d)).append('\n');

        String text = write(sink -> {
            for (long d = from; d <= to; d++) {
                sink.date(d);
                sink.endRow();
            }
        }, false);

        assertThat(text).isEqualTo(expected.toString());
    }

    @Test
    void numbers_weekdays_from_sunday() {
        assertThat(IsoDate.weekdayFromSunday(LocalDate.of(2024, 6, 2).toEpochDay())).isZero(); // a Sunday
        assertThat(IsoDate.weekdayFromSunday(LocalDate.of(2024, 6, 8).toEpochDay())).isEqualTo(6);
    }

    @Test
    void keeps_non_ascii_text_as_utf8() throws IOException {
        assertThat(write(sink -> sink.text("Zoë"))).isEqualTo("h\nZoë\n");
    }

    @Test
    void counts_data_rows_without_the_header() throws IOException {
        try (CsvSink sink = new CsvSink(tmp.resolve("c.csv"), "a")) {
            sink.integer(1);
            sink.endRow();
            sink.integer(2);
            sink.endRow();
            assertThat(sink.rows()).isEqualTo(2);
        }
    }

    private interface Rows {
        void write(CsvSink sink) throws IOException;
    }

    private String write(Rows rows) throws IOException {
        return write(rows, true);
    }

    private String write(Rows rows, boolean endRow) throws IOException {
        Path file = tmp.resolve("t.csv");
        try (CsvSink sink = new CsvSink(file, "h")) {
            rows.write(sink);
            if (endRow) sink.endRow();
        }
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
