package segbrief.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import segbrief.brief.ChartSpec;
import segbrief.brief.ValueKind;

/**
 * Points per group in palette colours, translucent so dense areas read darker; each group's centroid is a larger
 * outlined marker labelled with the group's name (so no legend is needed).
 */
final class ScatterChartBuilder {
    private final Theme theme;

    ScatterChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Scatter spec, Rectangle2D area) {
        XYSeriesCollection points = new XYSeriesCollection();
        XYSeriesCollection centroids = new XYSeriesCollection();
        for (int i = 0; i < spec.groups().size(); i++) {
            ChartSpec.PointGroup g = spec.groups().get(i);
            Key key = new Key(i, g.name() == null ? "" : g.name());
            XYSeries s = new XYSeries(key, false, true);
            int n = Math.min(g.xs().size(), g.ys().size());
            for (int j = 0; j < n; j++) {
                double x = g.xs().get(j), y = g.ys().get(j);
                if (Double.isFinite(x) && Double.isFinite(y)) s.add(x, y);
            }
            points.addSeries(s);
            XYSeries c = new XYSeries(key, false, true);
            if (Double.isFinite(g.centroidX()) && Double.isFinite(g.centroidY())) c.add(g.centroidX(), g.centroidY());
            centroids.addSeries(c);
        }

        NumberAxis x = theme.valueAxis(spec.xLabel(), ValueKind.NUMBER);
        x.setAxisLineVisible(true);
        x.setTickMarksVisible(true);
        NumberAxis y = theme.valueAxis(spec.yLabel(), ValueKind.NUMBER);
        XYPlot plot = new XYPlot(points, x, y, points(spec.groups().size()));
        theme.style(plot);
        plot.setDataset(1, centroids);
        boolean labelled = labelsFit(spec);
        plot.setRenderer(1, centroids(spec, labelled));
        if (labelled) x.setUpperMargin(roomForNames(spec, area.getWidth()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return theme.chart(spec.title(), plot, !labelled);
    }

    /**
     * Whether every centroid's name can sit beside it without running into another's: names are wide and one line
     * high, so two centroids closer than a third of the x range and a tenth of the y range would print on top of
     * each other. Then a legend names the groups instead.
     */
    static boolean labelsFit(ChartSpec.Scatter spec) {
        double[] xr = range(spec, true);
        double[] yr = range(spec, false);
        List<ChartSpec.PointGroup> g = spec.groups();
        for (int i = 0; i < g.size(); i++) {
            for (int j = i + 1; j < g.size(); j++) {
                double dx = Math.abs(g.get(i).centroidX() - g.get(j).centroidX()) / xr[1];
                double dy = Math.abs(g.get(i).centroidY() - g.get(j).centroidY()) / yr[1];
                if (dx < 1.0 / 3 && dy < 0.1) return false;
            }
        }
        return true;
    }

    /**
     * The x axis's upper margin (a share of the data range) that leaves room right of each centroid for its name:
     * without it a group far to the right has its name cut at the plot's edge.
     */
    private double roomForNames(ChartSpec.Scatter spec, double width) {
        var frc = new java.awt.font.FontRenderContext(null, true, true);
        double[] xr = range(spec, true);
        double plot = width * 0.85;  // the plot without the y axis and its label
        double margin = 0.05;
        for (ChartSpec.PointGroup g : spec.groups()) {
            if (g.name() == null || !Double.isFinite(g.centroidX())) continue;
            double label = CjkFont.width(theme.emphasisFont(), g.name(), frc) + theme.size(10);
            double beyond = (xr[0] + xr[1] - g.centroidX()) / xr[1];  // data right of the centroid, as a share
            // the plot spans (1 + margin) ranges and the centroid has (beyond + margin) of them to its right;
            // the name needs label / plot of the plot: (beyond + m) / (1 + m) >= label / plot
            double need = label / plot;
            if (need >= 0.9) return 1.0;
            margin = Math.max(margin, (need - beyond) / (1 - need));
        }
        return Math.min(margin, 1.0);
    }

    /** {min, span} of the x (or y) values of every point and centroid; a span of 1 when they are all equal. */
    private static double[] range(ChartSpec.Scatter spec, boolean x) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (ChartSpec.PointGroup g : spec.groups()) {
            for (double v : x ? g.xs() : g.ys()) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            double c = x ? g.centroidX() : g.centroidY();
            if (Double.isFinite(c)) {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
        }
        return new double[]{lo, hi > lo ? hi - lo : 1};
    }

    private XYLineAndShapeRenderer points(int groups) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double d = theme.size(2.6f);
        r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setAutoPopulateSeriesShape(false);
        r.setDrawOutlines(false);
        r.setDefaultSeriesVisibleInLegend(false);  // a legend, when there is one, names the centroids
        for (int i = 0; i < groups; i++) r.setSeriesPaint(i, Theme.withAlpha(Theme.series(i), 80));
        return r;
    }

    private XYLineAndShapeRenderer centroids(ChartSpec.Scatter spec, boolean labelled) {
        int groups = spec.groups().size();
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double d = theme.size(7.5f);
        r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setAutoPopulateSeriesShape(false);
        r.setUseFillPaint(true);
        r.setDrawOutlines(true);
        r.setUseOutlinePaint(true);
        r.setDefaultOutlinePaint(Color.WHITE);
        r.setDefaultOutlineStroke(theme.line());
        r.setAutoPopulateSeriesOutlinePaint(false);
        r.setAutoPopulateSeriesOutlineStroke(false);
        for (int i = 0; i < groups; i++) {
            r.setSeriesFillPaint(i, Theme.series(i));
            r.setSeriesPaint(i, Theme.series(i));
        }
        r.setDefaultItemLabelGenerator((dataset, series, item) -> dataset.getSeriesKey(series).toString());
        r.setDefaultItemLabelsVisible(labelled);
        r.setDefaultItemLabelFont(theme.emphasisFont());
        r.setDefaultItemLabelPaint(Theme.TEXT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelInsets(new RectangleInsets(theme.size(3), theme.size(3), theme.size(3), theme.size(3)));
        return r;
    }
}
