package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.MonthlyData;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;
import segbrief.render.data.JsonMetricsWriter;
import segbrief.spec.SpecLoader;

/**
 * October: Art leads (3 gifts a day from 10 donors against 1 Games gift from 10 donors). November: Games grows to 3
 * gifts a day from 30 donors and Art falls to 1 from 10, so Games takes the lead and its share of customers rises
 * from 10/20 to 30/40. After October's brief, 5 late gifts dated October arrive. Every figure is counted here from
 * the rows themselves.
 */
class MonthOverMonthTest {
    @TempDir
    static Path dir;
    static List<MonthlyData.Row> october = new ArrayList<>();
    static List<MonthlyData.Row> november = new ArrayList<>();
    static List<MonthlyData.Row> late = new ArrayList<>();
    static Brief oct;
    static Brief nov;

    static double amount(int k) {
        return 5 + k % 7;
    }

    @BeforeAll
    static void run() throws Exception {
        int k = 0;
        int day = 0;
        for (LocalDate d = LocalDate.of(2023, 10, 1); d.getMonthValue() == 10; d = d.plusDays(1), day++) {
            for (int i = 0; i < 3; i++, k++) october.add(new MonthlyData.Row("A" + (1 + k % 10), d, "Art", amount(k)));
            october.add(new MonthlyData.Row("G" + (1 + day % 10), d, "Games", amount(k++)));
        }
        for (LocalDate d = LocalDate.of(2023, 11, 1); d.getMonthValue() == 11; d = d.plusDays(1), day++) {
            for (int i = 0; i < 3; i++, k++) november.add(new MonthlyData.Row("G" + (1 + k % 30), d, "Games", amount(k)));
            november.add(new MonthlyData.Row("A" + (1 + day % 10), d, "Art", amount(k++)));
        }
        for (int i = 0; i < 5; i++) late.add(new MonthlyData.Row("A1", LocalDate.of(2023, 10, 15), "Art", 20.0));
        Path spec = TestData.write(dir, "brief.yaml", MonthlyData.SPEC);
        Path root = dir.resolve("out");

        TestData.write(dir, "donations.csv", MonthlyData.csv(concat(october, november)));
        oct = run(spec, root, "2023-10");
        Path folder = Files.createDirectories(root.resolve("monthly/2023-10"));
        Files.write(folder.resolve("metrics.json"), JsonMetricsWriter.write(oct));

        TestData.write(dir, "donations.csv", MonthlyData.csv(concat(october, november, late)));
        nov = run(spec, root, "2023-11");
    }

    static Brief run(Path spec, Path root, String period) {
        return new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(period, null, "1GB",
                List.of(), null, new BriefPipeline.ArchiveOptions(root, null, null, null))).brief();
    }

    @SafeVarargs
    static List<MonthlyData.Row> concat(List<MonthlyData.Row>... parts) {
        List<MonthlyData.Row> all = new ArrayList<>();
        for (var p : parts) all.addAll(p);
        return all;
    }

    /** n, mean and sample variance of each donor's total in one category. */
    static double[] spread(List<MonthlyData.Row> rows, String category) {
        Map<String, Double> perDonor = new LinkedHashMap<>();
        for (var r : rows) if (category == null || r.category().equals(category)) perDonor.merge(r.donor(), r.amount(), Double::sum);
        double n = perDonor.size();
        double mean = perDonor.values().stream().mapToDouble(Double::doubleValue).sum() / n;
        double ss = perDonor.values().stream().mapToDouble(v -> (v - mean) * (v - mean)).sum();
        return new double[]{n, mean, ss / (n - 1)};
    }

    static Continuity.Change change(String key) {
        return nov.continuity().changes().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void the_snapshot_keeps_value_per_customer_for_the_next_run() {
        double[] games = spread(october, "Games");
        var s = oct.continuity().spreads().stream().filter(x -> "category".equals(x.column()) && "Games".equals(x.segment()))
                .findFirst().orElseThrow();
        assertThat(s.n()).isEqualTo(10);
        assertThat(s.mean()).isCloseTo(games[1], within(1e-9));
        assertThat(s.variance()).isCloseTo(games[2], within(1e-9));
        var all = oct.continuity().spreads().getFirst();
        assertThat(all.column()).isNull();
        assertThat(all.n()).isEqualTo(20);
    }

    @Test
    void games_overtakes_art_and_says_so_first() {
        assertThat(nov.continuity().comparedWith()).isEqualTo("2023-10");
        var leader = change("category.leader");
        double games = november.stream().filter(r -> r.category().equals("Games")).mapToDouble(MonthlyData.Row::amount).sum();
        double art = november.stream().filter(r -> r.category().equals("Art")).mapToDouble(MonthlyData.Row::amount).sum();
        assertThat(leader.current()).isCloseTo(games, within(1e-9));
        assertThat(leader.previous()).isCloseTo(art, within(1e-9));
        assertThat(leader.significant()).isTrue();
        assertThat(nov.continuity().since().getFirst()).startsWith("Games overtook Art as the top category (");
    }

    @Test
    void the_share_of_customers_giving_to_games_rises_from_half_to_three_quarters() {
        var share = change("category=Games.customer_share");
        assertThat(share.previous()).isEqualTo(10 / 20.0);
        assertThat(share.current()).isEqualTo(30 / 40.0);
        assertThat(share.test()).isEqualTo("two-proportion-z");
        double pooled = 40 / 60.0;
        double z = 0.25 / Math.sqrt(pooled * (1 - pooled) * (1 / 20.0 + 1 / 40.0));
        assertThat(share.p()).isCloseTo(0.05280751141611358, within(2e-7)); // 2 * norm.sf(z), scipy
        assertThat(z).isCloseTo(1.9364916731037085, within(1e-12));
    }

    @Test
    void value_per_customer_is_tested_against_the_archived_spread() {
        var v = change("category=Games.per_customer");
        double[] before = spread(october, "Games");
        double[] now = spread(november, "Games");
        assertThat(v.previous()).isCloseTo(before[1], within(1e-9));
        assertThat(v.current()).isCloseTo(now[1], within(1e-9));
        assertThat(v.test()).isEqualTo("welch-t");
        double a = before[2] / before[0];
        double b = now[2] / now[0];
        double t = (now[1] - before[1]) / Math.sqrt(a + b);
        double df = (a + b) * (a + b) / (a * a / (before[0] - 1) + b * b / (now[0] - 1));
        assertThat(v.p()).isCloseTo(segbrief.insight.ChangeTest.welch((long) before[0], before[1], before[2], (long) now[0], now[1], now[2]).p(),
                within(1e-12));
        assertThat(df).isGreaterThan(9);
        assertThat(Math.abs(t)).isGreaterThan(0);
    }

    @Test
    void counts_compare_as_poisson() {
        var rows = change("rows");
        assertThat(rows.previous()).isEqualTo(october.size());
        assertThat(rows.current()).isEqualTo(november.size());
        assertThat(rows.p()).isCloseTo(2 * (1 - cdf(Math.abs(november.size() - october.size()) / Math.sqrt(october.size() + november.size()))),
                within(1e-6));
    }

    @Test
    void late_october_rows_are_a_revision_with_both_values() {
        double before = october.stream().mapToDouble(MonthlyData.Row::amount).sum();
        var revision = nov.continuity().revisions().stream().filter(r -> r.key().equals("amount.sum")).findFirst().orElseThrow();
        assertThat(revision.archived()).isCloseTo(before, within(1e-9));
        assertThat(revision.recomputed()).isCloseTo(before + 100, within(1e-9));
        assertThat(revision.rows()).isEqualTo(5);
        assertThat(before).isEqualTo(987.0);
        assertThat(revision.sentence()).isEqualTo("2023-10 donations revised from €987 to €1.1k: 5 rows dated 2023-10 arrived after its brief");
        // the late rows add no customer (A1 gave in October already)
        assertThat(nov.continuity().revisions()).extracting(Continuity.Revision::key).containsExactly("amount.sum", "rows");
    }

    /** The standard normal CDF by Simpson's rule on its density: independent of the code under test. */
    static double cdf(double z) {
        int n = 20_000;
        double h = z / n;
        double s = 0;
        for (int i = 0; i <= n; i++) {
            double x = i * h;
            double w = i == 0 || i == n ? 1 : i % 2 == 1 ? 4 : 2;
            s += w * Math.exp(-x * x / 2);
        }
        return 0.5 + s * h / 3 / Math.sqrt(2 * Math.PI);
    }
}
