package segbrief.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.category.CategoryItemRenderer;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import segbrief.brief.ChartSpec;
import segbrief.brief.Distribution;
import segbrief.brief.ValueKind;

/** One box (quartiles, whiskers to min and max, mean dot) or one violin per group, groups side by side. */
final class GroupShapeChartBuilder {
    static final Key ROW = new Key(0, "value");

    private final Theme theme;

    GroupShapeChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.GroupShape spec, Rectangle2D area) {
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<Distribution.Group> groups = spec.groups();
        for (int i = 0; i < groups.size(); i++) {
            data.add(item(groups.get(i).summary()), ROW, new Key(i, CategoryLabels.ellipsis(groups.get(i).name(), 14)));
        }
        CategoryAxis x = theme.categoryAxis(null);
        x.setCategoryMargin(0.2);
        x.setAxisLineVisible(false);
        NumberAxis y = theme.valueAxis(spec.valueLabel(), ValueKind.NUMBER);
        y.setUpperMargin(0.05);
        y.setLowerMargin(0.05);

        CategoryItemRenderer renderer = spec.style() == ChartSpec.Style.VIOLIN
                ? new ViolinRenderer(theme, groups)
                : box();
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        theme.style(plot);
        return theme.chart(spec.title(), plot, false);
    }

    private BoxAndWhiskerRenderer box() {
        BoxAndWhiskerRenderer r = new BoxAndWhiskerRenderer();
        r.setFillBox(true);
        r.setSeriesPaint(0, Theme.tint(Theme.series(0), 0.55));
        r.setSeriesOutlinePaint(0, Theme.series(0));
        r.setSeriesOutlineStroke(0, theme.thin());
        r.setUseOutlinePaintForWhiskers(true);
        r.setArtifactPaint(Theme.TEXT);
        r.setMeanVisible(true);
        r.setMedianVisible(true);
        r.setMaximumBarWidth(0.14);
        r.setWhiskerWidth(0.5);
        r.setDefaultStroke(theme.thin());
        r.setSeriesStroke(0, theme.thin());
        return r;
    }

    /** The summary as a box item; whiskers reach min and max, no outliers are listed; NaN becomes "missing". */
    static BoxAndWhiskerItem item(Distribution.Summary s) {
        return new BoxAndWhiskerItem(num(s.mean()), num(s.median()), num(s.q1()), num(s.q3()),
                num(s.min()), num(s.max()), num(s.min()), num(s.max()), new ArrayList<Double>());
    }

    private static Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
