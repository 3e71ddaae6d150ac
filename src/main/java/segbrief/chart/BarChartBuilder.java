package segbrief.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Layout;

/** Bars in the four layouts: ranked (horizontal, largest first, labelled), grouped, stacked, columns. */
final class BarChartBuilder {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    /** Points a bar row needs so its label stays legible; fewer rows are shown when the box is too short. */
    private static final double MIN_ROW = 11.0;
    /** Points above and below the plot taken by the title, the legend and the value axis. */
    private static final double CHROME = 40.0;

    private final Theme theme;

    BarChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Bar spec, Rectangle2D area) {
        return spec.layout() == Layout.RANKED ? ranked(spec, area) : split(spec, area);
    }

    private JFreeChart ranked(ChartSpec.Bar spec, Rectangle2D area) {
        List<Integer> order = rankedOrder(spec);
        int fit = Math.max(1, (int) ((area.getHeight() - CHROME) / theme.size((float) MIN_ROW)));
        List<Integer> shown = order.size() > fit ? order.subList(0, fit) : order;
        String highlight = present(spec.highlight(), spec.categories());
        DefaultCategoryDataset data = dataset(spec, shown);

        CategoryAxis categories = theme.categoryAxis(null);
        categories.setCategoryMargin(shown.size() == 1 ? 0.0 : 0.4);
        categories.setMaximumCategoryLabelLines(1);
        categories.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis values = theme.valueAxis(null, spec.kind());
        values.setAutoRangeIncludesZero(true);
        values.setVisible(false);
        values.setUpperMargin(labelMargin(spec, shown, area));

        HighlightBarRenderer renderer = new HighlightBarRenderer(highlight, smallLabels(spec));
        renderer.setMaximumBarWidth(0.12);
        renderer.setItemMargin(0.0);
        renderer.setDefaultItemLabelGenerator(new CompactItemLabels(theme.formats, spec.kind()));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(theme.valueLabelFont());
        renderer.setDefaultItemLabelPaint(Theme.SUBTLE_TEXT);
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        renderer.setDefaultNegativeItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
        renderer.setItemLabelInsets(new RectangleInsets(theme.size(3), theme.size(3), theme.size(3), theme.size(3)));

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        theme.style(plot);
        plot.setRangeGridlinesVisible(false);
        if (highlight != null) emphasise(categories, data, highlight);

        JFreeChart chart = theme.chart(spec.title(), plot, spec.series().size() > 1);
        theme.unit(chart, spec.valueLabel());
        if (shown.size() < order.size()) {
            chart.addSubtitle(note("Largest " + shown.size() + " of " + order.size() + " shown"));
        }
        return chart;
    }

    private JFreeChart split(ChartSpec.Bar spec, Rectangle2D area) {
        List<Integer> all = IntStream.range(0, spec.categories().size()).boxed().toList();
        DefaultCategoryDataset data = dataset(spec, all);
        String highlight = present(spec.highlight(), spec.categories());
        boolean horizontal = spec.layout() != Layout.COLUMNS && crowded(spec.categories());

        CategoryAxis categories = theme.categoryAxis(null);
        NumberAxis values = theme.valueAxis(null, spec.kind());
        values.setAutoRangeIncludesZero(true);
        values.setUpperMargin(0.06);

        BarRenderer renderer;
        if (spec.layout() == Layout.STACKED) {
            renderer = new StackedBarRenderer();
            renderer.setBarPainter(new StandardBarPainter());
            renderer.setShadowVisible(false);
            renderer.setDrawBarOutline(false);
            for (int s = 0; s < spec.series().size(); s++) renderer.setSeriesPaint(s, Theme.series(s));
        } else {
            renderer = new HighlightBarRenderer(spec.series().size() == 1 ? highlight : null, smallLabels(spec));
        }
        renderer.setItemMargin(0.04);
        renderer.setMaximumBarWidth(horizontal ? 0.12 : 0.09);

        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL);
        theme.style(plot);
        if (horizontal) {
            categories.setMaximumCategoryLabelLines(1);
            categories.setMaximumCategoryLabelWidthRatio(0.4f);
        } else {
            categories.setCategoryMargin(spec.categories().size() > 20 ? 0.1 : 0.3);
            categories.setMaximumCategoryLabelLines(1);
            thinColumnLabels(categories, Key.columns(data), area.getWidth());
        }
        JFreeChart chart = theme.chart(spec.title(), plot, spec.series().size() > 1);
        theme.unit(chart, spec.valueLabel());
        return chart;
    }

    /**
     * Upper margin of the value axis that leaves room for the widest value label past the longest bar: with
     * axis length L and label width w, a margin m gives L·m/(1+m) of room, so m = w / (L − w).
     */
    private double labelMargin(ChartSpec.Bar spec, List<Integer> shown, Rectangle2D area) {
        Font font = theme.valueLabelFont(), ticks = theme.tickFont();
        List<Double> first = spec.series().isEmpty() ? List.of() : spec.series().getFirst().values();
        double label = 0, category = 0;
        List<String> labels = CategoryLabels.distinct(spec.categories());
        for (int i : shown) {
            label = Math.max(label, font.getStringBounds(theme.formats.compact(value(first, i), spec.kind()), FRC).getWidth());
            category = Math.max(category, CjkFont.width(ticks, labels.get(i), FRC));
        }
        double w = label + theme.size(6);
        double length = area.getWidth() - Math.min(category, area.getWidth() * 0.45) - theme.size(14);
        return length > 2 * w ? w / (length - w) : 1.0;
    }

    /** Longest legend entry: series names past it are cut, and names that would then read alike are told apart. */
    static final int LEGEND_CHARS = 40;

    /** Largest first, ties by name, NaN below numbers, and a category called "Other" always last. */
    static List<Integer> rankedOrder(ChartSpec.Bar spec) {
        List<String> cats = spec.categories();
        List<Double> first = spec.series().isEmpty() ? List.of() : spec.series().getFirst().values();
        Comparator<Integer> order = Comparator
                .comparing((Integer i) -> isOther(cats.get(i)))
                .thenComparing(i -> Double.isNaN(value(first, i)))
                .thenComparing(i -> -value(first, i))
                .thenComparing(cats::get);
        List<Integer> idx = new ArrayList<>(IntStream.range(0, cats.size()).boxed().toList());
        idx.sort(order);
        return idx;
    }

    private static boolean isOther(String category) {
        return category != null && category.strip().toLowerCase(java.util.Locale.ROOT).matches("other( \\(\\d+\\))?");
    }

    private static double value(List<Double> values, int i) {
        return i < values.size() ? values.get(i) : Double.NaN;
    }

    /** The axis labels of the categories too small to compare. */
    private static List<String> smallLabels(ChartSpec.Bar spec) {
        if (spec.small().isEmpty()) return List.of();
        List<String> labels = CategoryLabels.distinct(spec.categories());
        return IntStream.range(0, labels.size()).filter(i -> spec.small().contains(spec.categories().get(i)))
                .mapToObj(labels::get).toList();
    }

    private static DefaultCategoryDataset dataset(ChartSpec.Bar spec, List<Integer> columns) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        List<String> labels = CategoryLabels.distinct(spec.categories());
        List<String> legend = CategoryLabels.distinct(spec.series().stream().map(ChartSpec.Series::name).toList(), LEGEND_CHARS);
        for (int s = 0; s < spec.series().size(); s++) {
            ChartSpec.Series series = spec.series().get(s);
            Key row = new Key(s, legend.get(s));
            for (int c = 0; c < columns.size(); c++) {
                int i = columns.get(c);
                double v = value(series.values(), i);
                Key column = new Key(c, labels.get(i));
                data.addValue(Double.isNaN(v) ? null : v, row, column);
            }
        }
        return data;
    }

    /** The axis label of the category the highlight names (by name, else after the same ellipsis the axis applies). */
    private static String present(String highlight, List<String> categories) {
        if (highlight == null) return null;
        List<String> labels = CategoryLabels.distinct(categories);
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i) != null && categories.get(i).strip().equals(highlight.strip())) return labels.get(i);
        }
        String cut = CategoryLabels.ellipsis(highlight);
        return labels.stream().anyMatch(cut::equals) ? cut : null;
    }

    private void emphasise(CategoryAxis axis, DefaultCategoryDataset data, String highlight) {
        for (Key k : Key.columns(data)) {
            if (k.label().equals(highlight)) {
                axis.setTickLabelFont(k, theme.emphasisFont());
                axis.setTickLabelPaint(k, Theme.TEXT);
            }
        }
    }

    private static boolean crowded(List<String> categories) {
        return categories.size() > 6 || categories.stream().anyMatch(c -> c != null && c.length() > 12);
    }

    private void thinColumnLabels(CategoryAxis axis, List<Key> keys, double width) {
        Font font = theme.tickFont();
        double widest = keys.stream().mapToDouble(k -> CjkFont.width(font, k.label(), FRC))
                .max().orElse(0);
        int fit = (int) ((width - 40) / (widest + theme.size(6)));
        CategoryLabels.thin(axis, keys, fit);
    }

    private TextTitle note(String text) {
        TextTitle t = new TextTitle(text, theme.legendFont());
        t.setPaint(Theme.SUBTLE_TEXT);
        t.setPosition(RectangleEdge.BOTTOM);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(theme.size(2), 0, 0, 0));
        return t;
    }
}
