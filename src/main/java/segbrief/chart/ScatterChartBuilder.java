package segbrief.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
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
        plot.setRenderer(1, centroids(spec.groups().size()));
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return theme.chart(spec.title(), plot, false);
    }

    private XYLineAndShapeRenderer points(int groups) {
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        double d = theme.size(2.6f);
        r.setDefaultShape(new Ellipse2D.Double(-d / 2, -d / 2, d, d));
        r.setAutoPopulateSeriesShape(false);
        r.setDrawOutlines(false);
        for (int i = 0; i < groups; i++) r.setSeriesPaint(i, Theme.withAlpha(Theme.series(i), 80));
        return r;
    }

    private XYLineAndShapeRenderer centroids(int groups) {
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
        r.setDefaultItemLabelsVisible(true);
        r.setDefaultItemLabelFont(theme.emphasisFont());
        r.setDefaultItemLabelPaint(Theme.TEXT);
        r.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setDefaultNegativeItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
        r.setItemLabelInsets(new RectangleInsets(theme.size(3), theme.size(3), theme.size(3), theme.size(3)));
        return r;
    }
}
