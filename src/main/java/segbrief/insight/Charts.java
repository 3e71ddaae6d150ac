package segbrief.insight;

import java.util.ArrayList;
import java.util.List;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Bar;
import segbrief.brief.ChartSpec.Layout;
import segbrief.brief.ChartSpec.Series;
import segbrief.brief.CrossTab;
import segbrief.brief.Distribution;
import segbrief.brief.SegmentTable;
import segbrief.brief.SegmentTable.Row;
import segbrief.brief.Trend;
import segbrief.brief.ValueKind;

/** Chooses a chart for each table: the kind that answers its question best, top N + "Other" where needed. */
final class Charts {
    static final String OTHER = "Other";
    static final int TOP = 8;

    /** Which figure of a measure ranks segments: the sum for money and counts, the mean for scores and ratings. */
    private final boolean byMean;

    Charts(boolean byMean) {
        this.byMean = byMean;
    }

    /** Ranked horizontal bars of the primary measure: the top N segments and "Other" for the rest. */
    Bar ranked(String id, String title, SegmentTable t, String measure, ValueKind kind, String valueLabel,
                      String highlight, int top) {
        List<String> cats = new ArrayList<>();
        List<Double> vals = new ArrayList<>();
        List<Row> rows = byValue(t, measure);
        double other = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (i < top || rows.size() == top + 1) {
                cats.add(rows.get(i).segment());
                vals.add(v(rows.get(i).measures().get(measure)));
            } else {
                other += nz(v(rows.get(i).measures().get(measure)));
            }
        }
        if (rows.size() > top + 1) {
            cats.add(OTHER + " (" + (rows.size() - top) + ")");
            vals.add(other);
        }
        return new Bar(id, title, Layout.RANKED, cats, List.of(new Series(valueLabel, vals)), kind, valueLabel, highlight);
    }

    /** Customers in each band, in the table's own order: for bands of the measure itself, whose mean would only restate the band. */
    Bar customersPerBand(String id, String title, SegmentTable t, String highlight) {
        List<String> cats = t.rows().stream().map(Row::segment).toList();
        List<Double> vals = t.rows().stream().map(r -> (double) r.customers()).toList();
        return new Bar(id, title, Layout.COLUMNS, cats, List.of(new Series("Customers", vals)), ValueKind.COUNT, "Customers", highlight);
    }

    /** Columns in the table's own order (bins), for ordered segments. */
    Bar columns(String id, String title, SegmentTable t, String measure, ValueKind kind, String valueLabel, String highlight) {
        List<String> cats = t.rows().stream().map(Row::segment).toList();
        List<Double> vals = t.rows().stream().map(r -> v(r.measures().get(measure))).toList();
        return new Bar(id, title, Layout.COLUMNS, cats, List.of(new Series(valueLabel, vals)), kind, valueLabel, highlight);
    }

    /** The rows of a cross-tab as categories, its columns as series, top N rows kept in the cross-tab's order. */
    Bar split(String id, String title, CrossTab x, Layout layout, ValueKind kind, String valueLabel, String highlight,
                     boolean keepOrder) {
        int keep = Math.min(x.rows().size(), keepOrder ? 12 : TOP);
        List<String> cats = new ArrayList<>(x.rows().subList(0, keep));
        List<Series> series = new ArrayList<>();
        int cols = Math.min(x.columns().size(), 6);
        for (int c = 0; c < cols; c++) {
            List<Double> v = new ArrayList<>();
            for (int r = 0; r < keep; r++) v.add(x.sums().get(r).get(c));
            series.add(new Series(x.columns().get(c), v));
        }
        if (x.columns().size() > cols) {
            List<Double> v = new ArrayList<>();
            for (int r = 0; r < keep; r++) {
                double s = 0;
                for (int c = cols; c < x.columns().size(); c++) s += x.sums().get(r).get(c);
                v.add(s);
            }
            series.add(new Series(OTHER, v));
        }
        return new Bar(id, title, layout, cats, series, kind, valueLabel, highlight);
    }

    ChartSpec.Donut donut(String id, String title, SegmentTable t, String measure, ValueKind kind, String highlight) {
        List<Row> rows = byValue(t, measure);
        return new ChartSpec.Donut(id, title, rows.stream().map(Row::segment).toList(),
                rows.stream().map(r -> nz(v(r.measures().get(measure)))).toList(), kind, highlight);
    }

    /** Cross-tab in the appendix: a treemap when it has few columns, a heat map otherwise. */
    ChartSpec crossTab(String id, CrossTab x, ValueKind kind, String measureLabel) {
        String title = measureLabel + " by " + x.rowDimension().toLowerCase() + " and " + x.columnDimension().toLowerCase();
        if (x.columns().size() <= 3 && x.rows().size() <= 40) {
            List<ChartSpec.Tile> tiles = new ArrayList<>();
            for (int r = 0; r < x.rows().size(); r++) {
                for (int c = 0; c < x.columns().size(); c++) {
                    tiles.add(new ChartSpec.Tile(x.rows().get(r), x.columns().get(c), x.sums().get(r).get(c)));
                }
            }
            return new ChartSpec.Treemap(id, title, tiles, kind);
        }
        int rows = Math.min(x.rows().size(), 25);
        int cols = Math.min(x.columns().size(), 12);
        List<List<Double>> vals = new ArrayList<>();
        for (int r = 0; r < rows; r++) vals.add(new ArrayList<>(x.sums().get(r).subList(0, cols)));
        return new ChartSpec.Heatmap(id, title, x.rowDimension(), x.columnDimension(), x.rows().subList(0, rows),
                x.columns().subList(0, cols), vals, kind, false);
    }

    ChartSpec.Line trend(String id, String title, Trend t, ValueKind kind, String measureLabel, String highlight) {
        List<String> periods = t.points().stream().map(Trend.Point::period).toList();
        Series primary = new Series(measureLabel, t.points().stream().map(Trend.Point::sum).toList());
        Series customers = new Series("Customers", t.points().stream().map(p -> (double) p.customers()).toList());
        return new ChartSpec.Line(id, title, periods, primary, kind, customers, ValueKind.COUNT, highlight);
    }

    /** The histogram with its density curve ({@code density} may be null), and violin and box plots of the groups. */
    List<ChartSpec> distribution(String id, Distribution d, segbrief.metrics.Density density) {
        List<ChartSpec> out = new ArrayList<>();
        out.add(new ChartSpec.Histogram(id + "-hist", "Distribution of " + d.label().toLowerCase(java.util.Locale.ROOT), d.label(),
                d.histogramEdges(), d.histogramCounts(), density == null ? List.of() : density.x(),
                density == null ? List.of() : density.y()));
        List<Distribution.Group> groups = d.groups();
        if (groups.size() >= 2) {
            out.add(new ChartSpec.GroupShape(id + "-violin", d.label() + " by " + d.groupColumn().toLowerCase(),
                    ChartSpec.Style.VIOLIN, d.label(), groups));
            out.add(new ChartSpec.GroupShape(id + "-box", d.label() + " by " + d.groupColumn().toLowerCase() + " (quartiles)",
                    ChartSpec.Style.BOX, d.label(), groups));
        }
        return out;
    }

    /** Customers and revenue per RFM segment side by side, titled by the segment bringing the most revenue. */
    static ChartSpec rfm(List<segbrief.brief.RfmSummary.Segment> rows) {
        List<String> names = rows.stream().map(segbrief.brief.RfmSummary.Segment::name).toList();
        String top = rows.stream().filter(s -> !Double.isNaN(s.revenueShare()))
                .max(java.util.Comparator.comparingDouble(segbrief.brief.RfmSummary.Segment::revenueShare)
                        .thenComparing(segbrief.brief.RfmSummary.Segment::name, java.util.Comparator.reverseOrder()))
                .map(segbrief.brief.RfmSummary.Segment::name).orElse(null);
        String title = top == null ? "Customers by RFM segment" : top + " bring the largest share of revenue";
        return new Bar("rfm-segments", title, Layout.GROUPED, names, List.of(
                new Series("Share of customers", rows.stream().map(segbrief.brief.RfmSummary.Segment::share).toList()),
                new Series("Share of revenue", rows.stream().map(segbrief.brief.RfmSummary.Segment::revenueShare).toList())),
                ValueKind.SHARE, "Share", top);
    }

    /**
     * The same bars with every category of fewer than {@code min} customers marked: its label says how many
     * ("70+ (n = 12)") and the chart draws it pale. {@code sizes} maps a category to its customers.
     */
    static ChartSpec markSmall(ChartSpec chart, java.util.Map<String, Long> sizes, long min) {
        if (!(chart instanceof Bar b)) return chart;
        List<String> cats = new ArrayList<>();
        List<String> small = new ArrayList<>();
        for (String c : b.categories()) {
            Long n = sizes.get(c);
            if (n != null && n < min) {
                String marked = c + " (n = " + n + ")";
                cats.add(marked);
                small.add(marked);
            } else {
                cats.add(c);
            }
        }
        return small.isEmpty() ? chart : new Bar(b.id(), b.title(), b.layout(), cats, b.series(), b.kind(), b.valueLabel(),
                b.highlight(), small);
    }

    List<Row> byValue(SegmentTable t, String measure) {
        List<Row> rows = new ArrayList<>(t.rows());
        rows.sort(java.util.Comparator.<Row>comparingDouble(r -> -nz(v(r.measures().get(measure)))).thenComparing(Row::segment));
        return rows;
    }

    double v(SegmentTable.Stats s) {
        return byMean ? s.mean() : s.sum();
    }

    static double nz(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
