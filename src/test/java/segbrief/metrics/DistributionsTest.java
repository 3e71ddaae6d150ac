package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.Distribution;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Timings;
import segbrief.spec.SpecLoader;

/** Distribution summaries, histogram counts, group choice and densities against plain Java over the same rows. */
class DistributionsTest {
    @TempDir
    static Path dir;
    static final List<Object[]> rows = new ArrayList<>();  // {store, amount or null}
    static Distribution amount;

    @BeforeAll
    static void run() {
        Random rnd = new Random(5);
        StringBuilder csv = new StringBuilder("order,store,amount\n");
        for (int i = 0; i < 2500; i++) {
            // ten stores of different sizes: only the eight largest get a density; a long tail on amount
            String store = "S" + (int) Math.floor(10 * Math.pow(rnd.nextDouble(), 1.7));
            Double amount = rnd.nextInt(40) == 0 ? null
                    : Math.round((rnd.nextInt(250) == 0 ? 5000 + rnd.nextDouble() * 20000 : 10 + rnd.nextGaussian() * 3 + 40) * 100) / 100.0;
            rows.add(new Object[]{store, amount});
            csv.append(i).append(',').append(store).append(',').append(amount == null ? "" : amount).append('\n');
        }
        TestData.write(dir, "orders.csv", csv.toString());
        Path spec = TestData.write(dir, "brief.yaml", """
                title: Orders
                sources:
                  - file: orders.csv
                measures:
                  - {column: amount, label: Amount, kind: money}
                dimensions: [store]
                distributions:
                  columns: [amount]
                  by: store
                """);
        Brief brief = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();
        amount = brief.distributions().stream().filter(d -> d.column().equals("amount")).findFirst().orElseThrow();
    }

    @Test
    void the_overall_summary_matches_plain_java() {
        double[] v = values(null);
        check(amount.overall(), v);
    }

    @Test
    void the_eight_largest_stores_get_a_summary_and_a_density() {
        Map<String, Long> sizes = rows.stream().collect(Collectors.groupingBy(r -> (String) r[0], TreeMap::new, Collectors.counting()));
        List<String> top = sizes.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .limit(8).map(Map.Entry::getKey).sorted().toList();
        assertThat(amount.groups()).extracting(Distribution.Group::name).containsExactlyElementsOf(top);
        for (Distribution.Group g : amount.groups()) {
            check(g.summary(), values(g.name()));
            // a density: non-negative, and (on its grid, long tail cut at the 99th percentile) close to integrating to 1
            List<Double> x = g.densityX();
            List<Double> y = g.densityY();
            assertThat(y).allMatch(d -> d >= 0);
            double area = 0;
            for (int i = 1; i < x.size(); i++) area += (x.get(i) - x.get(i - 1)) * (y.get(i) + y.get(i - 1)) / 2;
            assertThat(area).as(g.name()).isBetween(0.8, 1.05);
        }
    }

    @Test
    void the_histogram_counts_every_value_into_its_bin_and_cuts_the_long_tail() {
        double[] v = values(null);
        List<Double> edges = amount.histogramEdges();
        assertThat(edges.getLast()).as("top edge near the 99th percentile, not the maximum")
                .isLessThan(v[v.length - 1]);
        long[] expected = new long[edges.size() - 1];
        double w = edges.get(1) - edges.get(0);
        for (double x : v) {
            int b = (int) Math.max(0, Math.min(expected.length - 1, Math.floor((x - edges.getFirst()) / w)));
            expected[b]++;
        }
        assertThat(amount.histogramCounts()).containsExactly(Arrays.stream(expected).boxed().toArray(Long[]::new));
    }

    private static void check(Distribution.Summary s, double[] v) {
        int n = v.length;
        double mean = Arrays.stream(v).average().orElseThrow();
        double ss = Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum();
        assertThat(s.n()).isEqualTo(n);
        assertThat(s.mean()).isCloseTo(mean, within(1e-9 * Math.abs(mean) + 1e-9));
        assertThat(s.sd()).isCloseTo(Math.sqrt(ss / (n - 1)), within(1e-6));
        assertThat(s.min()).isEqualTo(v[0]);
        assertThat(s.max()).isEqualTo(v[n - 1]);
        assertThat(s.q1()).isCloseTo(quantile(v, 0.25), within(1e-9));
        assertThat(s.median()).isCloseTo(quantile(v, 0.5), within(1e-9));
        assertThat(s.q3()).isCloseTo(quantile(v, 0.75), within(1e-9));
    }

    /** Linear interpolation between the closest ranks (DuckDB's quantile_cont, R's type 7). */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double[] values(String store) {
        return rows.stream().filter(r -> r[1] != null && (store == null || store.equals(r[0])))
                .mapToDouble(r -> (Double) r[1]).sorted().toArray();
    }
}
