package segbrief.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Layout;
import segbrief.brief.ChartSpec.Series;
import segbrief.brief.Distribution;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;

/** Realistic chart specs, one or more per kind, shared by the tests and the gallery. Seeded, so stable. */
final class Samples {
    static final Formats EUR = new Formats(Locale.UK, "EUR");

    private Samples() {}

    static ChartSpec.Bar ranked() {
        return new ChartSpec.Bar("donations-by-platform", "iOS gives 41% of donations", Layout.RANKED,
                List.of("Android", "iOS", "Web (desktop and mobile browsers)", "Other", "Kiosk", "Phone"),
                List.of(new Series("Donations", List.of(98_400.0, 165_400.0, 61_250.0, 12_000.0, 4_300.0, 58_900.0))),
                ValueKind.MONEY, "Donations", "iOS");
    }

    static ChartSpec.Bar grouped() {
        return new ChartSpec.Bar("age-gender", "Women outgive men in every age band", Layout.GROUPED,
                List.of("18–24", "25–34", "35–44", "45–54", "55+"),
                List.of(new Series("Women", List.of(12_300.0, 48_200.0, 61_000.0, 52_400.0, 39_800.0)),
                        new Series("Men", List.of(10_100.0, 39_900.0, 47_600.0, 45_300.0, 31_200.0))),
                ValueKind.MONEY, "Donations", null);
    }

    static ChartSpec.Bar stacked() {
        return new ChartSpec.Bar("channel-city", "Madrid leans on the app", Layout.STACKED,
                List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga"),
                List.of(new Series("App", List.of(0.62, 0.48, 0.41, 0.39, 0.44, 0.35, 0.40)),
                        new Series("Web", List.of(0.30, 0.40, 0.45, 0.42, 0.41, 0.50, 0.44)),
                        new Series("Phone", List.of(0.08, 0.12, 0.14, 0.19, 0.15, 0.15, 0.16))),
                ValueKind.SHARE, "Share of donations", null);
    }

    static ChartSpec.Bar groupedCrowded() {
        List<String> cats = List.of("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza", "Málaga",
                "Las Palmas de Gran Canaria");
        return new ChartSpec.Bar("city-gender", "Women give more in six of eight cities", Layout.GROUPED, cats,
                List.of(new Series("Women", List.of(101_900.0, 68_100.0, 37_100.0, 25_000.0, 14_900.0, 10_000.0, 9_400.0, 6_100.0)),
                        new Series("Men", List.of(80_100.0, 62_900.0, 26_900.0, 16_000.0, 15_600.0, 8_200.0, 9_900.0, 5_200.0))),
                ValueKind.MONEY, "Donations", null);
    }

    static ChartSpec.Bar columns() {
        List<String> months = List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");
        List<Double> v = List.of(21_000.0, 19_400.0, 23_800.0, 22_100.0, 24_900.0, 26_300.0, 18_700.0, 16_900.0,
                25_400.0, 27_800.0, 31_200.0, 44_600.0);
        return new ChartSpec.Bar("by-month", "December brings 14% of the year", Layout.COLUMNS, months,
                List.of(new Series("Donations", v)), ValueKind.MONEY, "Donations", "Dec");
    }

    static ChartSpec.Bar manyCategories(int n) {
        List<String> cats = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        Random r = new Random(7);
        for (int i = 0; i < n; i++) {
            cats.add("Postcode district " + (1000 + i));
            vals.add(Math.round(r.nextDouble() * 100_000) / 1.0);
        }
        return new ChartSpec.Bar("many", "Donations by postcode district", Layout.RANKED, cats,
                List.of(new Series("Donations", vals)), ValueKind.MONEY, null, cats.get(3));
    }

    static ChartSpec.Donut donut() {
        return new ChartSpec.Donut("platform-share", "iOS gives 41% of donations",
                List.of("iOS", "Android", "Web", "Phone", "Other"),
                List.of(165_400.0, 98_400.0, 61_250.0, 58_900.0, 16_300.0), ValueKind.MONEY, "iOS");
    }

    static ChartSpec.Line line() {
        return new ChartSpec.Line("by-year", "Revenue grew 38% since 2021 as donors doubled",
                List.of("2019", "2020", "2021", "2022", "2023", "2024", "2025"),
                new Series("Revenue", List.of(212_000.0, 198_500.0, 240_300.0, 268_900.0, 301_200.0, 318_400.0, 331_700.0)),
                ValueKind.MONEY,
                new Series("Customers", List.of(1_820.0, 1_910.0, 2_150.0, 2_730.0, 3_390.0, 3_980.0, 4_310.0)),
                ValueKind.COUNT, "2025");
    }

    static ChartSpec.Line monthlyLine() {
        List<String> periods = new ArrayList<>();
        List<Double> v = new ArrayList<>();
        for (int y = 2023; y <= 2025; y++) {
            for (int m = 1; m <= 12; m++) {
                periods.add(String.format("%d-%02d", y, m));
                v.add(0.18 + 0.04 * Math.sin(m / 2.0) + (y - 2023) * 0.01);
            }
        }
        return new ChartSpec.Line("repeat", "Repeat rate holds near 20%", periods, new Series("Repeat rate", v),
                ValueKind.SHARE, null, null, null);
    }

    static ChartSpec.Histogram histogram() {
        Random r = new Random(11);
        int bins = 16;
        double lo = 0, width = 25;
        long[] counts = new long[bins];
        int n = 4_000;
        for (int i = 0; i < n; i++) {
            double x = Math.exp(4.0 + 0.6 * r.nextGaussian());
            int b = (int) ((x - lo) / width);
            if (b >= 0 && b < bins) counts[b]++;
        }
        List<Double> edges = new ArrayList<>();
        for (int i = 0; i <= bins; i++) edges.add(lo + i * width);
        List<Long> cs = new ArrayList<>();
        long total = 0;
        for (long c : counts) { cs.add(c); total += c; }
        List<Double> dx = new ArrayList<>(), dy = new ArrayList<>();
        for (int i = 0; i <= 80; i++) {
            double x = 1 + i * 5.0;
            dx.add(x);
            double z = (Math.log(x) - 4.0) / 0.6;
            // log-normal pdf, renormalised to the binned share so the curve follows the bars
            dy.add(Math.exp(-z * z / 2) / (x * 0.6 * Math.sqrt(2 * Math.PI)) * n / total);
        }
        return new ChartSpec.Histogram("gift-size", "Most gifts are between €25 and €100", "Gift size (€)",
                edges, cs, dx, dy);
    }

    static ChartSpec.GroupShape groupShape(ChartSpec.Style style) {
        List<Distribution.Group> groups = new ArrayList<>();
        String[] names = {"Loyal", "New", "Lapsing", "Big givers"};
        double[] mu = {3.8, 3.3, 3.5, 5.0};
        double[] sd = {0.5, 0.4, 0.7, 0.45};
        for (int g = 0; g < names.length; g++) {
            double m = Math.exp(mu[g]);
            var s = new Distribution.Summary(500, m * 1.1, m * 0.6, Math.exp(mu[g] - 2.2 * sd[g]),
                    Math.exp(mu[g] - 0.674 * sd[g]), m, Math.exp(mu[g] + 0.674 * sd[g]), Math.exp(mu[g] + 2.6 * sd[g]));
            List<Double> dx = new ArrayList<>(), dy = new ArrayList<>();
            for (int i = 0; i <= 120; i++) {
                double x = 1 + i * 3.0;
                double z = (Math.log(x) - mu[g]) / sd[g];
                dx.add(x);
                dy.add(Math.exp(-z * z / 2) / (x * sd[g] * Math.sqrt(2 * Math.PI)));
            }
            groups.add(new Distribution.Group(names[g], s, dx, dy));
        }
        return new ChartSpec.GroupShape("gift-by-segment", "Big givers' typical gift is 3× a new donor's", style,
                "Gift size (€)", groups);
    }

    static ChartSpec.Scatter scatter() {
        Random r = new Random(3);
        String[] names = {"Loyal", "New", "Lapsing", "Big givers"};
        double[][] c = {{1.2, 0.8}, {-1.0, -0.6}, {-0.4, 1.4}, {2.2, -1.1}};
        List<ChartSpec.PointGroup> groups = new ArrayList<>();
        for (int g = 0; g < names.length; g++) {
            List<Double> xs = new ArrayList<>(), ys = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                xs.add(c[g][0] + 0.45 * r.nextGaussian());
                ys.add(c[g][1] + 0.45 * r.nextGaussian());
            }
            groups.add(new ChartSpec.PointGroup(names[g], xs, ys, c[g][0], c[g][1]));
        }
        return new ChartSpec.Scatter("clusters", "Four donor groups, clearly apart", "Frequency (scaled)",
                "Monetary (scaled)", groups);
    }

    static ChartSpec.Treemap treemap() {
        String[] cities = {"Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza"};
        double[] totals = {182_000, 131_000, 64_000, 41_000, 30_500, 18_200};
        double[] women = {0.56, 0.52, 0.58, 0.61, 0.49, 0.55};
        List<ChartSpec.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < cities.length; i++) {
            tiles.add(new ChartSpec.Tile(cities[i], "Women", Math.round(totals[i] * women[i])));
            tiles.add(new ChartSpec.Tile(cities[i], "Men", Math.round(totals[i] * (1 - women[i]))));
        }
        return new ChartSpec.Treemap("city-gender", "Madrid and Barcelona give 67% of donations", tiles, ValueKind.MONEY);
    }

    static ChartSpec.Heatmap heatmap(boolean diverging) {
        List<String> rows = List.of("Loyal", "New", "Lapsing", "Big givers");
        List<String> cols = List.of("18–24", "25–34", "35–44", "45–54", "55+");
        List<List<Double>> v = new ArrayList<>();
        Random r = new Random(5);
        for (int i = 0; i < rows.size(); i++) {
            List<Double> row = new ArrayList<>();
            for (int j = 0; j < cols.size(); j++) {
                row.add(diverging ? Math.round((r.nextDouble() - 0.45) * 60) / 100.0 : Math.round(r.nextDouble() * 900) + 40.0);
            }
            v.add(row);
        }
        return new ChartSpec.Heatmap(diverging ? "lift" : "count", diverging
                ? "Young loyal donors over-index most" : "Most donors are 35–54 and loyal",
                "Segment", "Age", rows, cols, v, diverging ? ValueKind.SHARE : ValueKind.COUNT, diverging);
    }

    /** Every sample, named for the gallery's files. */
    static List<ChartSpec> all() {
        return List.of(ranked(), grouped(), groupedCrowded(), stacked(), columns(), manyCategories(200), donut(), line(), monthlyLine(),
                histogram(), groupShape(ChartSpec.Style.BOX), groupShape(ChartSpec.Style.VIOLIN), scatter(),
                treemap(), heatmap(false), heatmap(true));
    }
}
