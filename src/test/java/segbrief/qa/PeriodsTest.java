package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** --period keeps only that period's rows, compares with the one before it when there is one, and refuses a period with no data. */
class PeriodsTest {
    @TempDir
    Path dir;

    record Order(int id, String customer, LocalDate date, String channel, int amount) {}

    static final List<Order> ORDERS = orders();

    static final String SPEC = """
            title: Orders
            name: orders
            sources:
              - file: orders.csv
            customer_id: customer
            date: date
            measures:
              - {column: amount, label: Revenue, kind: money, primary: true}
            dimensions: [channel]
            questions:
              - {dimension: channel}
            """;

    static List<Order> orders() {
        List<Order> out = new ArrayList<>();
        int id = 0;
        for (int y = 2022; y <= 2023; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int d : new int[]{5, 15, 25}) {
                    id++;
                    out.add(new Order(id, "C" + (id % 11), LocalDate.of(y, m, d), id % 2 == 0 ? "Store" : "Web", 10 * m + d + (y - 2022) * 100));
                }
            }
        }
        return out;
    }

    Path spec;

    @BeforeEach
    void write() {
        StringBuilder s = new StringBuilder("order_id,customer,date,channel,amount\n");
        for (Order o : ORDERS) s.append(o.id()).append(',').append(o.customer()).append(',').append(o.date()).append(',').append(o.channel()).append(',').append(o.amount()).append('\n');
        Qa.write(dir, "orders.csv", s.toString());
        spec = Qa.write(dir, "brief.yaml", SPEC);
    }

    static Predicate<Order> between(String from, String toExclusive) {
        LocalDate a = LocalDate.parse(from), b = LocalDate.parse(toExclusive);
        return o -> !o.date().isBefore(a) && o.date().isBefore(b);
    }

    static Stream<Arguments> periods() {
        return Stream.of(
                Arguments.of("2023", between("2023-01-01", "2024-01-01"), between("2022-01-01", "2023-01-01")),
                Arguments.of("2023-Q4", between("2023-10-01", "2024-01-01"), between("2023-07-01", "2023-10-01")),
                Arguments.of("2023-11", between("2023-11-01", "2023-12-01"), between("2023-10-01", "2023-11-01")),
                Arguments.of("2023-01", between("2023-01-01", "2023-02-01"), between("2022-12-01", "2023-01-01")),
                Arguments.of("2022", between("2022-01-01", "2023-01-01"), null),
                Arguments.of("2022-Q1", between("2022-01-01", "2022-04-01"), null));
    }

    @ParameterizedTest(name = "--period {0}")
    @MethodSource("periods")
    void kpis_cover_only_the_period_and_compare_with_the_previous_one(String period, Predicate<Order> in, Predicate<Order> previous) {
        Qa.Brief b = Qa.run("run", spec.toString(), "--period", period, "--out", dir.resolve("out").toString()).ok();
        assertThat(b.dir().getFileName().toString()).isEqualToIgnoringCase(period);
        JsonNode m = b.metrics();
        assertThat(m.get("brief").get("period").asText()).isEqualTo(period);
        List<Order> rows = ORDERS.stream().filter(in).toList();
        double sum = rows.stream().mapToInt(Order::amount).sum();
        assertThat(m.get("data").get("rows").asInt()).isEqualTo(rows.size());
        assertThat(m.get("data").get("customers").asInt()).isEqualTo((int) rows.stream().map(Order::customer).distinct().count());
        JsonNode total = b.kpi("amount.sum");
        assertThat(total.get("value").asDouble()).isCloseTo(sum, offset(1e-9));
        int segmentCount = 0;
        for (JsonNode r : b.segments("channel").get("rows")) segmentCount += r.get("count").asInt();
        assertThat(segmentCount).isEqualTo(rows.size());
        if (previous == null) {
            assertThat(total.get("change").isNull()).as("no previous data, no change").isTrue();
        } else {
            double before = ORDERS.stream().filter(previous).mapToInt(Order::amount).sum();
            assertThat(total.get("change").asDouble()).isCloseTo(sum / before - 1, offset(1e-9));
        }
    }

    @Test
    void a_period_with_no_rows_is_one_clear_line_and_exit_4() {
        String line = Qa.run("run", spec.toString(), "--period", "2025-Q2", "--out", dir.resolve("out").toString()).fails(4);
        assertThat(line).contains("no rows in period 2025-Q2");
        assertThat(dir.resolve("out")).satisfiesAnyOf(p -> assertThat(p).doesNotExist(), p -> assertThat(p).isEmptyDirectory());
    }

    @Test
    void a_period_without_a_date_column_is_a_usage_error() {
        Path noDate = Qa.write(dir, "nodate.yaml", SPEC.replace("date: date\n", ""));
        String line = Qa.run("run", noDate.toString(), "--period", "2023", "--out", dir.resolve("out").toString()).fails(2);
        assertThat(line).contains("--period 2023").contains("no date column");
    }

    @Test
    void a_bare_csv_with_no_date_and_a_period_is_a_usage_error() {
        Path file = Qa.write(dir, "plain.csv", "customer,channel,amount\nC1,Web,10\nC2,Store,20\nC3,Web,30\nC4,Store,5\n");
        Qa.Outcome o = Qa.run("run", file.toString(), "--period", "2023", "--out", dir.resolve("out").toString());
        assertThat(o.code()).as(o.err()).isEqualTo(2);
        o.noStackTrace();
        assertThat(o.err().strip().lines().reduce((a, c) -> c).orElseThrow()).startsWith("segbrief: --period 2023");
    }

    @Test
    void timestamps_filter_by_their_day() {
        StringBuilder csv = new StringBuilder("id,customer,ts,channel,amount\n");
        int id = 0, inNov = 0, sumNov = 0, sumOct = 0;
        for (int m = 1; m <= 12; m++) {
            for (int d : new int[]{1, 17, 30}) {
                if (m == 2 && d == 30) continue;
                id++;
                int hour = id % 24;
                csv.append(id).append(",C").append(id % 5).append(String.format(",2023-%02d-%02dT%02d:59:59,", m, d, hour))
                        .append(id % 2 == 0 ? "Web" : "Store").append(',').append(id * 3).append('\n');
                if (m == 11) { inNov++; sumNov += id * 3; }
                if (m == 10) sumOct += id * 3;
            }
        }
        Qa.write(dir, "ts.csv", csv.toString());
        Path tsSpec = Qa.write(dir, "ts.yaml", SPEC.replace("orders.csv", "ts.csv").replace("date: date", "date: ts"));
        Qa.Brief b = Qa.run("run", tsSpec.toString(), "--period", "2023-11", "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(inNov);
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isEqualTo(sumNov);
        assertThat(b.kpi("amount.sum").get("change").asDouble()).isCloseTo((double) sumNov / sumOct - 1, offset(1e-9));
    }

    @Test
    void a_quarter_on_years_only_dates_is_a_usage_error() {
        StringBuilder csv = new StringBuilder("id,customer,year,channel,amount\n");
        for (int i = 1; i <= 40; i++) csv.append(i).append(",C").append(i % 7).append(',').append(2020 + i % 4).append(',').append(i % 2 == 0 ? "Web" : "Store").append(',').append(i).append('\n');
        Qa.write(dir, "years.csv", csv.toString());
        Path ySpec = Qa.write(dir, "years.yaml", SPEC.replace("orders.csv", "years.csv").replace("date: date", "date: year"));
        Qa.Brief b = Qa.run("run", ySpec.toString(), "--period", "2022", "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(10);
        assertThat(Qa.run("run", ySpec.toString(), "--period", "2022-Q4", "--out", dir.resolve("out").toString()).fails(2))
                .contains("--period 2022-Q4").contains("years only");
    }
}
