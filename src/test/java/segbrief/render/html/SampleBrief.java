package segbrief.render.html;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Clustering;
import segbrief.brief.DataQuality;
import segbrief.brief.Finding;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.Meta;
import segbrief.brief.SegmentTable;
import segbrief.brief.SourceInfo;
import segbrief.brief.ValueKind;

/**
 * A realistic crowdfunding brief (the shape of seed 000), written by hand: KPIs, three findings with bar and
 * donut charts, segment tables, three stable clusters. Two categories are hostile on purpose: one named like a
 * script tag, one full of quotes and ampersands.
 */
final class SampleBrief {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String QUOTES = "Arts & \"Crafts\" 'n' More";

    private SampleBrief() {}

    static Brief crowdfunding() {
        return crowdfunding(meta("Crowdfunding donations"), true);
    }

    static Brief crowdfunding(Meta meta, boolean stableClusters) {
        List<String> categories = List.of("Games", "Technology", QUOTES, "Music", SCRIPT, "Film");
        List<Double> sums = List.of(165_400.0, 142_250.0, 118_900.5, 97_310.0, 12_345.0, 76_040.25);
        ChartSpec.Bar byCategory = new ChartSpec.Bar("category", "Games leads with €165.4k", ChartSpec.Layout.RANKED,
                categories, List.of(new ChartSpec.Series("Donations", sums)), ValueKind.MONEY, "Donations", "Games");
        ChartSpec.Bar byDevice = new ChartSpec.Bar("device-gender", "iOS gives 52.1% of donations", ChartSpec.Layout.GROUPED,
                List.of("iOS", "Android", "Web"),
                List.of(new ChartSpec.Series("Female", List.of(221_000.0, 98_500.0, 41_200.0)),
                        new ChartSpec.Series("Male", List.of(202_300.0, 120_100.0, 29_245.75))),
                ValueKind.MONEY, "Donations", "iOS");
        ChartSpec.Donut byAge = new ChartSpec.Donut("age", "25-34 gives 31.4% of donations",
                List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+"),
                List.of(0.121, 0.314, 0.236, 0.164, 0.102, 0.063), ValueKind.SHARE, "25-34");

        List<Finding> findings = List.of(
                new Finding("category", "Which categories raise the most?", "Games leads with €165.4k",
                        "Games leads with €165.4k, 20.3% of all donations, ahead of Technology (€142.3k) and "
                                + QUOTES + " (€118.9k). " + SCRIPT + " raised €12.3k.",
                        "Games", List.of(new Finding.Evidence("Games", 165_400.0, ValueKind.MONEY)), byCategory),
                new Finding("device", "Which device gives most?", "iOS gives 52.1% of donations",
                        "iOS gives €423.3k, 52.1% of donations; women on iOS give the most (€221.0k).",
                        "iOS", List.of(new Finding.Evidence("iOS", 423_300.0, ValueKind.MONEY)), byDevice),
                new Finding("age", "Which age bracket should we target?", "25-34 gives 31.4% of donations",
                        "Donors aged 25-34 give 31.4% of donations (€255.1k), more than any other bracket.",
                        "25-34", List.of(new Finding.Evidence("25-34", 0.314, ValueKind.SHARE)), byAge));

        List<Kpi> kpis = List.of(
                new Kpi("amount.sum", "Donations", 812_345.6, ValueKind.MONEY, 0.052),
                new Kpi("customers", "Donors", 12_345, ValueKind.COUNT, -0.013),
                new Kpi("rows", "Gifts", 20_000, ValueKind.COUNT, Double.NaN),
                new Kpi("amount.mean", "Average gift", 40.62, ValueKind.MONEY, Double.NaN));

        List<SegmentTable> segments = List.of(
                table("Category", "category", categories, sums, byCategory),
                table("Device", "device", List.of("iOS", "Android", "Web"), List.of(423_300.0, 218_600.0, 70_445.75), byDevice));

        return new Brief(meta,
                new DataQuality(20_000, 0, 20_000, 12_345, List.of(), List.of(), List.of()),
                List.of(new Measure("amount", "Donations", ValueKind.MONEY, true)),
                kpis,
                "Games leads with €165.4k, 20.3% of all donations",
                "Put next quarter's campaign budget behind Games on iOS, aimed at donors aged 25-34.",
                findings, segments, List.of(), List.of(), List.of(),
                Optional.of(clustering(stableClusters)), Optional.empty());
    }

    static Meta meta(String title) {
        return new Meta("crowdfunding", title, "Who gives most, and whom to target next quarter", "2023",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "EUR", "en-IE", "A4",
                List.of(new SourceInfo("donations", "donations.csv", "csv", "9f2c".repeat(16), 20_000, 6)),
                "0.1.0", 42);
    }

    private static SegmentTable table(String dimension, String column, List<String> names, List<Double> sums, ChartSpec chart) {
        double total = sums.stream().mapToDouble(Double::doubleValue).sum();
        List<SegmentTable.Row> rows = new java.util.ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            long count = Math.round(sums.get(i) / 40);
            rows.add(new SegmentTable.Row(names.get(i), count, count * 3 / 4, Map.of("amount",
                    new SegmentTable.Stats(sums.get(i), sums.get(i) / count, 25.0, sums.get(i) / total))));
        }
        return new SegmentTable(dimension, column, false, rows, chart);
    }

    private static Clustering clustering(boolean stable) {
        List<Clustering.Cluster> clusters = List.of(
                cluster(1, "Young frequent givers", 5_432, 0.44, 0.38),
                cluster(2, "Generous regulars", 4_321, 0.35, 0.47),
                cluster(3, "Occasional " + SCRIPT, 2_592, 0.21, 0.15));
        return new Clustering(3, List.of("age", "amount", "gifts"), "zscore", true, 0.41,
                stable ? 0.83 : 0.42, stable, 12_345, 5_000,
                List.of(new Clustering.KChoice(2, 0.38, 1200), new Clustering.KChoice(3, 0.41, 900)),
                clusters, List.of());
    }

    private static Clustering.Cluster cluster(int id, String name, long size, double share, double measureShare) {
        Map<String, Double> centroid = new LinkedHashMap<>();
        centroid.put("age", 30.0 + id);
        centroid.put("amount", 20.0 * id);
        return new Clustering.Cluster(id, name, size, share, measureShare, centroid, Map.of("age", 0.1 * id),
                Map.of("device", Map.of("iOS", 1.2)));
    }
}
