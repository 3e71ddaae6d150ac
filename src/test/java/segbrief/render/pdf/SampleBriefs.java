package segbrief.render.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Clustering;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality;
import segbrief.brief.Distribution;
import segbrief.brief.Finding;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.Meta;
import segbrief.brief.RfmSummary;
import segbrief.brief.SegmentTable;
import segbrief.brief.SourceInfo;
import segbrief.brief.Trend;
import segbrief.brief.ValueKind;

/**
 * Briefs for the PDF tests, made by hand in the shape of the crowdfunding demo (seed 000: donations by category,
 * device, gender and age bracket). The figures are consistent enough to read well; they are not computed from data.
 */
final class SampleBriefs {
    private SampleBriefs() {}

    /** What a case changes against the full crowdfunding brief. */
    record Shape(int categories, int findings, boolean longLabels, boolean trend, boolean clustering, String pageSize) {
        static Shape full() {
            return new Shape(8, 4, false, true, true, "A4");
        }

        Shape with(UnaryOperator<Shape> change) {
            return change.apply(this);
        }
    }

    static final String HEADLINE = "Games leads with €165.4k, 20.3% of all donations";
    static final String RECOMMENDATION = "Put next quarter's campaign budget on Games and Technology for iOS donors aged 25-34.";

    static Brief crowdfunding() {
        return brief(Shape.full());
    }

    static Brief brief(Shape s) {
        List<String> categories = categoryNames(s.categories(), s.longLabels());
        List<Measure> measures = List.of(new Measure("amount", "Amount", ValueKind.MONEY, true),
                new Measure("tip", "Tip", ValueKind.MONEY, false));
        List<SegmentTable> segments = new ArrayList<>();
        segments.add(table("Category", "category", false, categories));
        segments.add(table("Device", "device", false, List.of("iOS", "Android", "Desktop")));
        segments.add(table("Gender", "gender", false, List.of("Female", "Male", "Other", SegmentTable.MISSING)));
        segments.add(table("Age bracket", "age", true, List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+")));

        List<Finding> findings = new ArrayList<>(List.of(
                new Finding("top-categories", "Which categories raise most?", s.longLabels()
                        ? "The category " + categories.get(0) + " leads every other category by a wide margin this year"
                        : "Games leads with €165.4k",
                        s.longLabels() ? "The category " + categories.get(0) + " raised €165.4k, 20.3% of all donations, "
                                + "ahead of every other category in every month of the year, for every device and every age "
                                + "bracket, and it grew faster than any other category in the second half of the year, which "
                                + "no other category managed in any of the previous four years either."
                                : "Games leads with €165.4k, 20.3% of all donations; Technology follows with €142.0k (17.5%).",
                        categories.get(0), List.of(new Finding.Evidence("Games", 165_400, ValueKind.MONEY)),
                        segments.get(0).chart()),
                new Finding("device-gender", "Which device gives most, split by gender?", "iOS gives 65% of donations",
                        "iOS gives 65.0% of donations (€528.0k); women on iOS alone give €301.2k, more than Android and Desktop together.",
                        "iOS", List.of(new Finding.Evidence("iOS", 0.65, ValueKind.SHARE)), crossTab().chart()),
                new Finding("age", "Which age bracket to target, split by gender?", "25-34 give most: €248.9k",
                        "Donors aged 25-34 give €248.9k, 30.6% of the total; among them women give 58.1%.", "25-34",
                        List.of(new Finding.Evidence("25-34", 248_900, ValueKind.MONEY)), segments.get(3).chart()),
                new Finding("trend", "How did donations develop?", "Donations grew 5.2% to €812.3k",
                        "Donations grew 5.2% on 2022 to €812.3k, the fifth year of growth in a row.", "2023",
                        List.of(new Finding.Evidence("2023", 812_300, ValueKind.MONEY)), trend().chart()),
                new Finding("gift-size", "How large is a typical gift?", "Half of all gifts are €25 or less",
                        "The median gift is €25.00 and the mean €40.62: a few large gifts lift the average.", "",
                        List.of(), distribution().charts().get(0))));
        if (!s.trend()) findings.remove(3);
        findings = findings.subList(0, Math.min(s.findings(), findings.size()));

        return new Brief(
                new Meta("crowdfunding", "Crowdfunding donations", "Who gives, how much, and on which device", "2023",
                        s.trend() ? LocalDate.of(2023, 1, 1) : null, s.trend() ? LocalDate.of(2023, 12, 31) : null,
                        "EUR", "en-IE", s.pageSize(),
                        List.of(new SourceInfo("donations", "donations.csv", "CSV",
                                "9f2c4e1b7a3d5f6081c2e4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3f5e7a9c1b3d5", 20_412, 6)),
                        "0.1.0", 42L),
                quality(),
                measures,
                List.of(new Kpi("amount.sum", "Total donations", 812_345.67, ValueKind.MONEY, 0.052),
                        new Kpi("rows", "Donations", 20_000, ValueKind.COUNT, -0.013),
                        new Kpi("customers", "Donors", 14_210, ValueKind.COUNT, Double.NaN),
                        new Kpi("amount.mean", "Average gift", 40.62, ValueKind.MONEY, 0.021),
                        new Kpi("amount.median", "Median gift", 25.0, ValueKind.MONEY, Double.NaN)),
                s.longLabels() ? HEADLINE + ", while every other category stays far behind in every month, device and "
                        + "age bracket of the year and no campaign changed that" : HEADLINE,
                s.longLabels() ? RECOMMENDATION + " Then test the same message on Android donors of the same age, and keep "
                        + "the Desktop budget flat until the second quarter shows whether the autumn campaign carried over."
                        : RECOMMENDATION,
                findings,
                segments,
                List.of(crossTab()),
                s.trend() ? List.of(trend()) : List.of(),
                List.of(distribution()),
                s.clustering() ? Optional.of(clustering()) : Optional.empty(),
                Optional.of(rfm()));
    }

    /**
     * The crowdfunding brief with a city table named in Chinese, Japanese and Korean, a headline that starts in
     * kanji and a first finding charted by city: CJK in the executive page's text and chart, and in the appendix.
     */
    static Brief cjk() {
        Brief b = crowdfunding();
        List<SegmentTable> segments = new ArrayList<>(b.segments());
        segments.add(table("City", "city", false, List.of("東京", "北京", "서울", "São Paulo", "Москва")));
        List<Finding> findings = new ArrayList<>(b.findings());
        Finding f = findings.getFirst();
        findings.set(0, new Finding(f.key(), "Which cities raise most?", "東京 leads with €165.4k",
                "東京 leads with €165.4k; 北京 follows, then 서울.", "東京", f.evidence(), segments.getLast().chart()));
        return new Brief(b.meta(), b.quality(), b.measures(), b.kpis(), "東京 leads with €165.4k, 20.3% of all donations",
                b.recommendation(), findings, segments, b.crossTabs(), b.trends(), b.distributions(), b.clustering(), b.rfm());
    }

    private static List<String> categoryNames(int n, boolean longLabels) {
        List<String> base = List.of("Games", "Technology", "Art", "Music", "Film", "Design", "Publishing", SegmentTable.MISSING);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String name = i < base.size() ? base.get(i) : "Category %03d".formatted(i + 1);
            names.add(longLabels ? name + " and everything that belongs with it in the spec's very long category label" : name);
        }
        return names;
    }

    /** Segments get falling weights, so the table is sorted by amount as the model promises. */
    private static SegmentTable table(String dimension, String column, boolean binned, List<String> names) {
        double total = 812_345.67;
        double[] w = IntStream.range(0, names.size()).mapToDouble(i -> binned ? 1.0 + (i == 1 ? 2 : 0) : 1.0 / (i + 1.5)).toArray();
        double sum = java.util.Arrays.stream(w).sum();
        List<SegmentTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            double share = w[i] / sum;
            long count = Math.max(1, Math.round(20_000 * share));
            Map<String, SegmentTable.Stats> m = new LinkedHashMap<>();
            m.put("amount", new SegmentTable.Stats(total * share, total * share / count, 25.0 + i, share));
            m.put("tip", new SegmentTable.Stats(9_876.5 * share, 9_876.5 * share / count, 0.5, share));
            rows.add(new SegmentTable.Row(names.get(i), count, Math.round(count * 0.71), m));
        }
        int top = Math.min(names.size(), 8);
        ChartSpec chart = new ChartSpec.Bar(column, dimension.equals("Category") ? "Games leads with €165.4k" : "Amount by " + dimension.toLowerCase(),
                binned ? ChartSpec.Layout.COLUMNS : ChartSpec.Layout.RANKED, names.subList(0, top),
                List.of(new ChartSpec.Series("Amount", rows.subList(0, top).stream().map(r -> r.measures().get("amount").sum()).toList())),
                ValueKind.MONEY, "Amount", names.get(0));
        return new SegmentTable(dimension, column, binned, rows, chart);
    }

    private static CrossTab crossTab() {
        List<String> rows = List.of("iOS", "Android", "Desktop");
        List<String> cols = List.of("Female", "Male", "Other", SegmentTable.MISSING);
        List<List<Double>> sums = List.of(List.of(301_200.0, 210_000.0, 12_000.0, 4_800.0),
                List.of(98_000.0, 88_000.0, 4_000.0, 2_100.0), List.of(41_000.0, 47_000.0, 2_000.0, 2_245.67));
        List<List<Long>> counts = List.of(List.of(7_400L, 5_200L, 300L, 120L), List.of(2_400L, 2_200L, 100L, 60L),
                List.of(1_000L, 1_160L, 40L, 20L));
        ChartSpec chart = new ChartSpec.Bar("device-gender", "iOS gives 65% of donations", ChartSpec.Layout.GROUPED, rows,
                List.of(new ChartSpec.Series("Female", List.of(301_200.0, 98_000.0, 41_000.0)),
                        new ChartSpec.Series("Male", List.of(210_000.0, 88_000.0, 47_000.0))),
                ValueKind.MONEY, "Amount", "iOS");
        return new CrossTab("Device", "device", "Gender", "gender", "amount", rows, cols, sums, counts, chart);
    }

    private static Trend trend() {
        List<Trend.Point> points = List.of(new Trend.Point("2019", 14_000, 10_100, 610_000),
                new Trend.Point("2020", 15_500, 11_000, 668_000), new Trend.Point("2021", 17_000, 12_300, 720_500),
                new Trend.Point("2022", 19_100, 13_500, 772_200), new Trend.Point("2023", 20_000, 14_210, 812_345.67));
        ChartSpec chart = new ChartSpec.Line("trend", "Donations grew 5.2% to €812.3k",
                points.stream().map(Trend.Point::period).toList(),
                new ChartSpec.Series("Amount", points.stream().map(Trend.Point::sum).toList()), ValueKind.MONEY,
                new ChartSpec.Series("Donors", points.stream().map(p -> (double) p.customers()).toList()), ValueKind.COUNT, "2023");
        return new Trend("year", "amount", points, chart);
    }

    private static Distribution distribution() {
        List<Double> edges = List.of(0.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0);
        List<Long> counts = List.of(4_100L, 6_200L, 4_900L, 3_000L, 1_500L, 300L);
        List<Double> xs = List.of(0.0, 50.0, 100.0, 250.0, 500.0);
        List<Double> ys = List.of(0.0, 5_000.0, 2_000.0, 400.0, 10.0);
        Distribution.Summary all = new Distribution.Summary(20_000, 40.62, 52.3, 1.0, 12.0, 25.0, 50.0, 500.0);
        List<Distribution.Group> groups = List.of(
                new Distribution.Group("iOS", new Distribution.Summary(13_020, 40.56, 50.1, 1.0, 12.0, 25.0, 50.0, 500.0), xs, ys),
                new Distribution.Group("Android", new Distribution.Summary(4_760, 40.38, 54.0, 1.0, 11.0, 24.0, 49.0, 480.0), xs, ys),
                new Distribution.Group("Desktop", new Distribution.Summary(2_220, 41.55, 58.9, 2.0, 13.0, 26.0, 52.0, 499.0), xs, ys));
        List<ChartSpec> charts = List.of(
                new ChartSpec.Histogram("amount-hist", "Half of all gifts are €25 or less", "Amount", edges, counts, xs, ys),
                new ChartSpec.GroupShape("amount-box", "Gift size is alike on every device", ChartSpec.Style.BOX, "Amount", groups));
        return new Distribution("amount", "Amount", ValueKind.MONEY, all, counts, edges, "device", groups, charts);
    }

    private static Clustering clustering() {
        List<String> features = List.of("total_amount", "donations", "days_since_last");
        List<Clustering.Cluster> clusters = List.of(
                cluster(1, "Occasional small givers", 0.46, 0.18, 28.0, 1.2, 210),
                cluster(2, "Regular mid givers", 0.31, 0.29, 71.0, 2.9, 95),
                cluster(3, "Lapsed donors", 0.16, 0.08, 33.0, 1.4, 330),
                cluster(4, "Big spenders", 0.07, 0.45, 420.0, 5.8, 40));
        List<ChartSpec> charts = List.of(new ChartSpec.Scatter("clusters", "Big spenders: 7% of donors, 45% of donations",
                "Total amount", "Donations", List.of(new ChartSpec.PointGroup("Big spenders", List.of(400.0, 440.0), List.of(5.0, 6.5), 420, 5.8))));
        return new Clustering(4, features, "log+zscore", true, 0.41, 0.83, true, 14_210, 5_000,
                List.of(new Clustering.KChoice(2, 0.35, 41_000), new Clustering.KChoice(3, 0.38, 30_500),
                        new Clustering.KChoice(4, 0.41, 22_000), new Clustering.KChoice(5, 0.37, 19_800),
                        new Clustering.KChoice(6, 0.33, 18_100)),
                clusters, charts);
    }

    private static Clustering.Cluster cluster(int id, String name, double share, double measureShare, double amount,
                                              double donations, double days) {
        Map<String, Double> centroid = new LinkedHashMap<>();
        centroid.put("total_amount", amount);
        centroid.put("donations", donations);
        centroid.put("days_since_last", days);
        return new Clustering.Cluster(id, name, Math.round(14_210 * share), share, measureShare, centroid,
                Map.of("total_amount", 0.1 * id), Map.of("device", Map.of("iOS", 1.1)));
    }

    private static RfmSummary rfm() {
        List<RfmSummary.Segment> segments = List.of(
                new RfmSummary.Segment("Champions", 1_850, 0.13, 251_000, 0.309, 21, 4.2, 135.7),
                new RfmSummary.Segment("Loyal", 2_980, 0.21, 203_000, 0.25, 48, 2.8, 68.1),
                new RfmSummary.Segment("New", 2_270, 0.16, 62_000, 0.076, 15, 1.0, 27.3),
                new RfmSummary.Segment("At risk", 3_410, 0.24, 187_000, 0.23, 190, 2.1, 54.8),
                new RfmSummary.Segment("Hibernating", 3_700, 0.26, 109_345.67, 0.135, 300, 1.1, 29.6));
        ChartSpec chart = new ChartSpec.Treemap("rfm", "Champions: 13% of donors give 31%",
                segments.stream().map(s -> new ChartSpec.Tile("RFM", s.name(), s.revenue())).toList(), ValueKind.MONEY);
        return new RfmSummary(LocalDate.of(2023, 12, 31), 14_210, segments, chart);
    }

    private static DataQuality quality() {
        List<DataQuality.ColumnProfile> columns = List.of(
                new DataQuality.ColumnProfile("donor_id", "customer id", "VARCHAR", 0, 14_210),
                new DataQuality.ColumnProfile("date", "date", "DATE", 0, 365),
                new DataQuality.ColumnProfile("category", "dimension", "VARCHAR", 312, 7),
                new DataQuality.ColumnProfile("device", "dimension", "VARCHAR", 0, 3),
                new DataQuality.ColumnProfile("gender", "dimension", "VARCHAR", 840, 3),
                new DataQuality.ColumnProfile("age", "binned", "INTEGER", 95, 62),
                new DataQuality.ColumnProfile("amount", "measure (primary)", "DECIMAL(10,2)", 0, 4_120),
                new DataQuality.ColumnProfile("tip", "measure", "DECIMAL(10,2)", 1_204, 310));
        List<DataQuality.Rejection> rejections = IntStream.rangeClosed(1, 12)
                .mapToObj(i -> new DataQuality.Rejection("donations.csv", 400L * i + 7, i % 3 == 0 ? "amount" : null,
                        i % 3 == 0 ? "\"12,5O\" is not a number (expected decimal like 12.50)" : "7 fields, expected 6 (unbalanced quotes)"))
                .toList();
        return new DataQuality(20_412, 12, 20_000, 14_210, columns, rejections,
                List.of("400 rows fall outside the period 2023 and are not counted."));
    }
}
