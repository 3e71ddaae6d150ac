package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.SegmentTable;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Timings;
import segbrief.spec.SpecLoader;

/**
 * Distinct customers and medians per segment take two routes each (customer bitmasks or DISTINCT queries; value
 * counts or sorting): every route against plain Java over the same rows, with missing values, padded text,
 * two dimensions too wide for a bitmask, an even number of values and a measure with too many values to count.
 */
class SegmentCountsTest {
    @TempDir
    static Path dir;
    static final List<String[]> rows = new ArrayList<>();
    static Brief brief;

    @BeforeAll
    static void run() {
        Random rnd = new Random(11);
        StringBuilder csv = new StringBuilder("customer,tier,shop,amount,items,score,street,day\n");
        for (int i = 0; i < 3000; i++) {
            String customer = String.valueOf(1 + rnd.nextInt(400));  // plain integers: ids become BIGINT
            String tier = rnd.nextInt(20) == 0 ? "" : List.of("Gold", "Silver", "Bronze", " Silver ", "Iron").get(rnd.nextInt(5));
            String shop = "Shop " + rnd.nextInt(90);                                // 90 segments: no bitmask
            String amount = String.format(java.util.Locale.ROOT, "%.2f", rnd.nextDouble() * 500);  // ~3000 values
            String items = rnd.nextInt(15) == 0 ? "" : String.valueOf(1 + rnd.nextInt(6));     // few values
            String score = String.valueOf(rnd.nextInt(4) * 2);                                  // even counts likely
            String street = "Street " + rnd.nextInt(700);                        // 700 segments
            // 2015 to 2023: 108 months, more than a bitmask holds
            String day = java.time.LocalDate.of(2015, 1, 1).plusDays(rnd.nextInt(9 * 365)).toString();
            rows.add(new String[]{customer, tier.strip(), shop, amount, items, score, street, day});
            csv.append(customer).append(',').append(tier).append(',').append(shop).append(',').append(amount)
                    .append(',').append(items).append(',').append(score).append(',').append(street).append(',').append(day).append('\n');
        }
        TestData.write(dir, "sales.csv", csv.toString());
        Path spec = TestData.write(dir, "brief.yaml", """
                title: Counts
                sources:
                  - file: sales.csv
                customer_id: customer
                date: day
                measures:
                  - {column: amount, label: Sales, kind: money, primary: true}
                  - {column: items, label: Items, kind: count}
                  - {column: score, label: Score, kind: number}
                dimensions: [tier, shop, street]
                bins:
                  - {column: amount, label: Band, edges: [100, 250, 400]}
                """);
        brief = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();
    }

    @Test
    void customers_and_medians_per_tier_match_plain_java() {
        check("tier", 1);
    }

    @Test
    void customers_and_medians_per_shop_match_plain_java() {
        check("shop", 2);
    }

    @Test
    void customers_and_medians_per_street_match_plain_java() {
        check("street", 6);
    }

    @Test
    void customers_per_month_and_year_match_plain_java() {
        for (String grain : List.of("month", "year")) {
            var trend = brief.trends().stream().filter(t -> t.grain().equals(grain)).findFirst().orElseThrow();
            Map<String, Set<String>> byPeriod = new TreeMap<>();
            for (String[] r : rows) {
                String period = grain.equals("month") ? r[7].substring(0, 7) : r[7].substring(0, 4);
                byPeriod.computeIfAbsent(period, k -> new HashSet<>()).add(r[0]);
            }
            assertThat(trend.points()).as(grain).hasSize(byPeriod.size());
            assertThat(byPeriod).as(grain).hasSizeGreaterThan(grain.equals("month") ? 64 : 8);
            for (var p : trend.points()) {
                assertThat(p.customers()).as(grain + " " + p.period()).isEqualTo(byPeriod.get(p.period()).size());
            }
        }
    }

    @Test
    void rows_customers_sums_and_medians_per_bin_match_plain_java() {
        SegmentTable t = brief.segments().stream().filter(s -> s.dimension().equals("Band")).findFirst().orElseThrow();
        Map<String, List<String[]>> byBand = new TreeMap<>();
        for (String[] r : rows) {
            double a = Double.parseDouble(r[3]);
            String band = a < 100 ? "Under 100" : a < 250 ? "100-249" : a < 400 ? "250-399" : "400+";
            byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(r);
        }
        assertThat(t.rows()).extracting(SegmentTable.Row::segment).containsExactlyInAnyOrderElementsOf(byBand.keySet());
        for (SegmentTable.Row row : t.rows()) {
            List<String[]> g = byBand.get(row.segment());
            Set<String> customers = new HashSet<>();
            g.forEach(r -> customers.add(r[0]));
            assertThat(row.count()).as(row.segment()).isEqualTo(g.size());
            assertThat(row.customers()).as(row.segment()).isEqualTo(customers.size());
            assertThat(row.measures().get("amount").sum()).as(row.segment())
                    .isCloseTo(g.stream().mapToDouble(r -> Double.parseDouble(r[3])).sum(), within(1e-6));
            assertThat(row.measures().get("amount").median()).as(row.segment()).isCloseTo(median(g, 3), within(1e-9));
            assertThat(row.measures().get("items").median()).as(row.segment()).isCloseTo(median(g, 4), within(1e-12));
        }
    }

    private static void check(String column, int index) {
        SegmentTable t = brief.segments().stream().filter(s -> s.column().equals(column)).findFirst().orElseThrow();
        Map<String, List<String[]>> groups = new TreeMap<>();
        for (String[] r : rows) {
            String seg = r[index].isEmpty() ? SegmentTable.MISSING : r[index];
            groups.computeIfAbsent(seg, k -> new ArrayList<>()).add(r);
        }
        assertThat(t.rows()).extracting(SegmentTable.Row::segment).containsExactlyInAnyOrderElementsOf(groups.keySet());
        for (SegmentTable.Row row : t.rows()) {
            List<String[]> g = groups.get(row.segment());
            Set<String> customers = new HashSet<>();
            g.forEach(r -> customers.add(r[0]));
            assertThat(row.count()).as(row.segment()).isEqualTo(g.size());
            assertThat(row.customers()).as(row.segment()).isEqualTo(customers.size());
            assertThat(row.measures().get("amount").median()).as(row.segment()).isCloseTo(median(g, 3), within(1e-9));
            assertThat(row.measures().get("items").median()).as(row.segment()).isCloseTo(median(g, 4), within(1e-12));
            assertThat(row.measures().get("score").median()).as(row.segment()).isCloseTo(median(g, 5), within(1e-12));
        }
    }

    private static double median(List<String[]> g, int index) {
        double[] v = g.stream().filter(r -> !r[index].isEmpty()).mapToDouble(r -> Double.parseDouble(r[index])).sorted().toArray();
        if (v.length == 0) return Double.NaN;
        return (v[(v.length - 1) / 2] + v[v.length / 2]) / 2;
    }

    /** compressed: the scratch database file of inputs too large for memory; packed: the compressed in-memory one. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"compressed", "packed"})
    void compressed_storage_gives_the_same_brief(String storage) {
        System.setProperty("segbrief.storage", storage);
        try {
            Brief again = new BriefPipeline(new Timings()).compute(SpecLoader.load(dir.resolve("brief.yaml")),
                    new BriefPipeline.Options(null, dir.resolve("tmp-" + storage), "1GB")).brief();
            // only the scratch file is worth a note: it tells why a run wrote to disk
            assertThat(again.quality().notes().stream().anyMatch(n -> n.contains("compressed"))).isEqualTo(storage.equals("compressed"));
            assertThat(brief.quality().notes()).noneMatch(n -> n.contains("compressed"));
            assertThat(again.segments()).isEqualTo(brief.segments());
            assertThat(again.kpis()).isEqualTo(brief.kpis());
            assertThat(again.trends()).isEqualTo(brief.trends());
            assertThat(brief.rfm()).isPresent();
            assertThat(again.rfm()).isEqualTo(brief.rfm());
            assertThat(again.distributions()).isEqualTo(brief.distributions());
        } finally {
            System.clearProperty("segbrief.storage");
        }
    }

    @Test
    void memory_limits_read_in_bytes() {
        assertThat(segbrief.source.DuckDbSource.limitBytes("4GB")).isEqualTo(4_000_000_000L);
        assertThat(segbrief.source.DuckDbSource.limitBytes("1500MiB")).isEqualTo(1500L * 1024 * 1024);
        assertThat(segbrief.source.DuckDbSource.limitBytes("50%")).isPositive();
    }

    @Test
    void the_median_of_counted_values_takes_the_middle_pair() {
        TreeMap<Double, Long> counts = new TreeMap<>(Map.of(1.0, 2L, 3.0, 2L));  // 1 1 3 3
        assertThat(SegmentMedians.medianOf(counts)).isEqualTo(2.0);
        assertThat(SegmentMedians.medianOf(new TreeMap<>(Map.of(1.0, 1L, 3.0, 2L)))).isEqualTo(3.0);  // 1 3 3
        assertThat(SegmentMedians.medianOf(new TreeMap<>(Map.of(5.0, 1L)))).isEqualTo(5.0);
        assertThat(SegmentMedians.medianOf(new TreeMap<>())).isNaN();
    }
}
