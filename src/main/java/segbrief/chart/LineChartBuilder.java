package segbrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import segbrief.brief.ChartSpec;
import segbrief.brief.ValueKind;

/**
 * One line over periods with markers, and optionally a second line on its own right-hand axis, whose ticks take
 * the line's colour so the reader knows which scale belongs to which line. The highlighted period (or the last
 * one) carries the value.
 */
final class LineChartBuilder {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Theme theme;

    LineChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Line spec, Rectangle2D area) {
        List<String> periods = spec.periods();
        int labelled = labelledPeriod(periods, spec.highlight());
        boolean two = spec.secondary() != null;

        CategoryAxis x = theme.categoryAxis(null);
        x.setCategoryMargin(0.0);
        x.setLowerMargin(0.04);
        x.setUpperMargin(0.04);
        x.setMaximumCategoryLabelLines(1);
        CategoryPlot plot = new CategoryPlot();
        plot.setDomainAxis(x);
        theme.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);

        DefaultCategoryDataset primary = dataset(spec.primary(), periods);
        plot.setDataset(0, primary);
        plot.setRangeAxis(0, axis(spec.kind(), two ? Theme.series(0) : Theme.SUBTLE_TEXT));
        boolean markers = periods.size() <= 24;
        plot.setRenderer(0, renderer(0, spec.kind(), labelled, markers));
        if (two) {
            plot.setDataset(1, dataset(spec.secondary(), periods));
            ValueKind kind = spec.secondaryKind() == null ? ValueKind.NUMBER : spec.secondaryKind();
            plot.setRangeAxis(1, axis(kind, Theme.series(1)));
            plot.setRangeAxisLocation(1, AxisLocation.BOTTOM_OR_RIGHT);
            plot.mapDatasetToRangeAxis(1, 1);
            plot.setRenderer(1, renderer(1, kind, labelled, markers));
            int intervals = area.getHeight() >= 220 ? 5 : 4;
            alignTicks((NumberAxis) plot.getRangeAxis(0), spec.kind(), spec.primary(), intervals);
            alignTicks((NumberAxis) plot.getRangeAxis(1), kind, spec.secondary(), intervals);
        }
        thinPeriods(x, Key.columns(primary), area.getWidth());
        return theme.chart(spec.title(), plot, two);
    }

    /**
     * With two axes, each runs from zero over the same number of round intervals so both share the gridlines;
     * only for quantities (money, counts) that are never negative, where a zero baseline is honest anyway.
     */
    private static void alignTicks(NumberAxis axis, ValueKind kind, ChartSpec.Series series, int intervals) {
        double max = series.values().stream().filter(Double::isFinite).mapToDouble(Double::doubleValue).max().orElse(0);
        boolean negative = series.values().stream().anyMatch(v -> v < 0);
        if (negative || !(max > 0) || (kind != ValueKind.MONEY && kind != ValueKind.COUNT)) return;
        // 15% headroom for the value label above the highlighted point
        double step = niceStep(max * 1.15 / intervals);
        if (kind == ValueKind.COUNT) step = Math.max(1, step);
        axis.setRange(0, step * intervals);
        axis.setTickUnit(new NumberTickUnit(step));
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code raw}. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 2.5, 5, 10}) {
            if (f * p >= raw * (1 - 1e-12)) return f * p;
        }
        return 10 * p;
    }

    private NumberAxis axis(ValueKind kind, Color tickColour) {
        NumberAxis axis = theme.valueAxis(null, kind);
        axis.setAutoRangeIncludesZero(kind == ValueKind.MONEY || kind == ValueKind.COUNT);
        axis.setTickLabelPaint(tickColour);
        axis.setUpperMargin(0.2);
        return axis;
    }

    /** Markers on every period up to 24 of them; beyond that they would merge into a thick line. */
    private LineAndShapeRenderer renderer(int series, ValueKind kind, int labelled, boolean markers) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, markers);
        double d = theme.size(4.2f);
        r.setSeriesShape(0, new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setSeriesPaint(0, Theme.series(series));
        r.setSeriesStroke(0, theme.line());
        r.setUseFillPaint(true);
        r.setSeriesFillPaint(0, Color.WHITE);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(false);
        r.setSeriesOutlineStroke(0, theme.line());
        r.setDefaultItemLabelGenerator(new CompactItemLabels(theme.formats, kind, (row, column) -> column == labelled));
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.emphasisFont());
        r.setDefaultItemLabelPaint(Theme.series(series));
        r.setDefaultPositiveItemLabelPosition(series == 0
                ? new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER)
                : new ItemLabelPosition(ItemLabelAnchor.OUTSIDE6, TextAnchor.TOP_CENTER));
        r.setItemLabelInsets(new RectangleInsets(theme.size(3), theme.size(3), theme.size(3), theme.size(3)));
        return r;
    }

    private static DefaultCategoryDataset dataset(ChartSpec.Series series, List<String> periods) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Key row = new Key(0, series.name() == null ? "" : series.name());
        for (int i = 0; i < periods.size(); i++) {
            double v = i < series.values().size() ? series.values().get(i) : Double.NaN;
            data.addValue(Double.isNaN(v) ? null : v, row, new Key(i, CategoryLabels.ellipsis(periods.get(i), 12)));
        }
        return data;
    }

    /** The highlighted period's index, else the last period's. */
    private static int labelledPeriod(List<String> periods, String highlight) {
        int i = highlight == null ? -1 : periods.indexOf(highlight);
        return i >= 0 ? i : periods.size() - 1;
    }

    private void thinPeriods(CategoryAxis axis, List<Key> keys, double width) {
        Font font = theme.tickFont();
        double widest = keys.stream().mapToDouble(k -> CjkFont.width(font, k.label(), FRC)).max().orElse(0);
        double plotWidth = Math.max(1, width - theme.size(60));
        CategoryLabels.thin(axis, keys, (int) (plotWidth / (widest + theme.size(8))));
        // the first and last labels are centred on the end points: leave half a label of room outside them
        double margin = Math.min(0.2, Math.max(0.04, (widest / 2 + theme.size(2)) / plotWidth));
        axis.setLowerMargin(margin);
        axis.setUpperMargin(margin);
    }
}
