package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.UserError;
import segbrief.brief.Brief;
import segbrief.brief.Kpi;
import segbrief.spec.SpecLoader;

/** {@code kpis:} chooses the executive page's tiles; their figures are worked out here from the rows themselves. */
class KpiChoiceTest {
    @TempDir
    Path dir;

    static final String MEASURES = """
            measures:
              - {column: amount, label: Donations, kind: money, primary: true}
              - {column: age, label: Age, kind: number}
            """;

    Brief run(String kpis, List<TestData.Donation> rows) {
        TestData.write(dir, "donations.csv", TestData.csv(rows));
        String spec = TestData.SPEC.replace("""
                measures:
                  - column: amount
                    label: Donations
                    kind: money
                """, MEASURES + kpis);
        Path file = TestData.write(dir, "brief.yaml", spec);
        return new BriefPipeline(new Timings()).compute(SpecLoader.load(file),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();
    }

    @Test
    void the_chosen_tiles_come_in_the_spec_order_with_their_own_figures() {
        List<TestData.Donation> rows = TestData.donations(900, 5);
        Brief b = run("""
                kpis:
                  - {measure: age, stat: mean}
                  - customers
                  - {measure: Donations, stat: per_customer}
                  - donations
                """, rows);

        assertThat(b.kpis()).extracting(Kpi::key).containsExactly("age.mean", "customers", "amount.per_customer", "amount.sum");
        assertThat(b.kpis()).extracting(Kpi::label)
                .containsExactly("Average age", "Customers", "Donations per customer", "Total donations");
        double sum = rows.stream().mapToDouble(TestData.Donation::amount).sum();
        long donors = rows.stream().map(TestData.Donation::donor).distinct().count();
        double meanAge = rows.stream().map(TestData.Donation::age).filter(Objects::nonNull).mapToInt(Integer::intValue)
                .average().orElseThrow();
        assertThat(b.kpis().get(0).value()).isCloseTo(meanAge, within(1e-9));
        assertThat(b.kpis().get(1).value()).isEqualTo(donors);
        assertThat(b.kpis().get(2).value()).isCloseTo(sum / donors, within(1e-6));
        assertThat(b.kpis().get(3).value()).isCloseTo(sum, within(1e-6));
    }

    @Test
    void without_kpis_the_tiles_are_the_default() {
        Brief b = run("", TestData.donations(300, 6));
        assertThat(b.kpis()).extracting(Kpi::key)
                .containsExactly("amount.sum", "customers", "rows", "amount.mean", "amount.per_customer");
    }

    @Test
    void an_unknown_tile_or_stat_is_a_spec_error_naming_the_line_and_what_there_is() {
        assertThatThrownBy(() -> run("kpis: [customers, rating]\n", TestData.donations(60, 7)))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine())
                        .contains("brief.yaml", "KPI \"rating\" is not customers, rows or a measure", "customers, rows, amount, age"));
        assertThatThrownBy(() -> run("kpis:\n  - {measure: age, stat: median}\n", TestData.donations(60, 7)))
                .isInstanceOf(UserError.class).hasMessageContaining("stat must be sum, mean or per_customer, not \"median\"");
        assertThatThrownBy(() -> run("kpis: [customers, rows, age, amount, donations, customers]\n", TestData.donations(60, 7)))
                .isInstanceOf(UserError.class).hasMessageContaining("kpis needs 1 to 5 tiles, not 6");
    }
}
