package segbrief.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
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
        NumberAxis y = theme.valueAxis(null, ValueKind.NUMBER);
        y.setUpperMargin(0.05);
        y.setLowerMargin(0.05);

        GroupShapeRenderer renderer = new GroupShapeRenderer(theme, groups, spec.style());
        CategoryPlot plot = new CategoryPlot(data, x, y, renderer);
        theme.style(plot);
        JFreeChart chart = theme.chart(spec.title(), plot, false);
        theme.unit(chart, spec.valueLabel());
        return chart;
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
