package segbrief.chart;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import segbrief.brief.ChartSpec;
import segbrief.brief.ValueKind;

/**
 * Bars over the bin edges with the density curve on top.
 *
 * <p>{@code densityY} is expected to be a probability density (integrating to 1 over x). It is drawn on the
 * count scale as {@code f(x) * n * w(x)}, with n the sum of the counts and w(x) the width of the bin that
 * contains x (the first or last bin outside the edges), so the curve meets the bars wherever the density
 * estimate agrees with the counts, also for bins of unequal width.
 */
final class HistogramChartBuilder {
    private final Theme theme;

    HistogramChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Histogram spec, Rectangle2D area) {
        XYIntervalSeriesCollection bars = bars(spec);
        NumberAxis x = theme.valueAxis(spec.xLabel(), ValueKind.NUMBER);
        x.setAxisLineVisible(true);
        x.setTickMarksVisible(true);
        x.setLowerMargin(0.01);
        x.setUpperMargin(0.01);
        NumberAxis y = theme.valueAxis(null, ValueKind.COUNT);
        y.setAutoRangeIncludesZero(true);
        y.setUpperMargin(0.08);

        XYBarRenderer barRenderer = new XYBarRenderer(0.0);
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, Theme.tint(Theme.series(0), 0.55));
        barRenderer.setDrawBarOutline(true);
        barRenderer.setDefaultOutlinePaint(Color.WHITE);
        barRenderer.setDefaultOutlineStroke(theme.thin());

        XYPlot plot = new XYPlot(bars, x, y, barRenderer);
        theme.style(plot);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        XYSeriesCollection density = density(spec);
        if (density.getSeriesCount() > 0 && density.getItemCount(0) > 1) {
            XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
            line.setSeriesPaint(0, Theme.series(0));
            line.setSeriesStroke(0, theme.line());
            plot.setDataset(1, density);
            plot.setRenderer(1, line);
        }
        return theme.chart(spec.title(), plot, false);
    }

    private static XYIntervalSeriesCollection bars(ChartSpec.Histogram spec) {
        XYIntervalSeries s = new XYIntervalSeries("count", false, true);
        List<Double> e = spec.edges();
        for (int i = 0; i < binCount(spec); i++) {
            double lo = e.get(i), hi = e.get(i + 1), c = spec.counts().get(i);
            if (Double.isFinite(lo) && Double.isFinite(hi)) s.add((lo + hi) / 2, lo, hi, c, 0, c);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        return data;
    }

    private static XYSeriesCollection density(ChartSpec.Histogram spec) {
        XYSeriesCollection data = new XYSeriesCollection();
        int bins = binCount(spec);
        if (bins == 0) return data;
        double n = 0;
        for (int i = 0; i < bins; i++) n += spec.counts().get(i);
        XYSeries s = new XYSeries("density", false, true);
        int points = Math.min(spec.densityX().size(), spec.densityY().size());
        for (int i = 0; i < points; i++) {
            double x = spec.densityX().get(i), f = spec.densityY().get(i);
            if (Double.isFinite(x) && Double.isFinite(f)) s.add(x, f * n * binWidthAt(spec.edges(), bins, x));
        }
        data.addSeries(s);
        return data;
    }

    static int binCount(ChartSpec.Histogram spec) {
        return Math.max(0, Math.min(spec.counts().size(), spec.edges().size() - 1));
    }

    /** Width of the bin holding {@code x}; the first or last bin's width outside the edges. */
    static double binWidthAt(List<Double> edges, int bins, double x) {
        int i = 0;
        while (i < bins - 1 && x >= edges.get(i + 1)) i++;
        return edges.get(i + 1) - edges.get(i);
    }
}
