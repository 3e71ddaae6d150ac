package segbrief.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.AbstractCategoryItemRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import segbrief.brief.ChartSpec;
import segbrief.brief.Distribution;

/**
 * One shape per group from its summary and density. BOX: quartile box, median line, whiskers to min and max, a
 * small ring at the mean (JFreeChart's BoxAndWhiskerRenderer draws the mean as a disc half the box wide, too
 * loud). VIOLIN: the kernel density mirrored around the group's centre line, cut at the group's min and max (no
 * ink where there is no data), each group as wide as the others so shapes compare, with a slim quartile box, a
 * min–max whisker and a white median dot inside. Column {@code i} of the dataset is group {@code i}.
 */
final class GroupShapeRenderer extends AbstractCategoryItemRenderer {
    @Serial
    private static final long serialVersionUID = 1L;

    /** A density outline point: value on the axis, density there. */
    record Point(double value, double density) {}

    private final transient Theme theme;
    private final transient List<Distribution.Group> groups;
    private final transient List<List<Point>> outlines;
    private final ChartSpec.Style style;

    GroupShapeRenderer(Theme theme, List<Distribution.Group> groups, ChartSpec.Style style) {
        this.theme = theme;
        this.groups = List.copyOf(groups);
        this.style = style;
        this.outlines = style == ChartSpec.Style.VIOLIN
                ? this.groups.stream().map(GroupShapeRenderer::outline).toList()
                : this.groups.stream().map(g -> List.<Point>of()).toList();
    }

    /** The density between the group's min and max, with the density interpolated at both cut points. */
    static List<Point> outline(Distribution.Group g) {
        List<Double> xs = g.densityX(), ys = g.densityY();
        int n = Math.min(xs.size(), ys.size());
        double lo = g.summary().min(), hi = g.summary().max();
        boolean cut = Double.isFinite(lo) && Double.isFinite(hi) && lo <= hi;
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = xs.get(i), y = ys.get(i);
            if (!Double.isFinite(x) || !Double.isFinite(y) || y < 0) continue;
            if (cut && i > 0 && xs.get(i - 1) < lo && x > lo) pts.add(new Point(lo, interpolate(xs, ys, i, lo)));
            if (!cut || (x >= lo && x <= hi)) pts.add(new Point(x, y));
            if (cut && i > 0 && xs.get(i - 1) < hi && x > hi) pts.add(new Point(hi, interpolate(xs, ys, i, hi)));
        }
        return pts;
    }

    private static double interpolate(List<Double> xs, List<Double> ys, int i, double at) {
        double x0 = xs.get(i - 1), x1 = xs.get(i), y0 = ys.get(i - 1), y1 = ys.get(i);
        return x1 == x0 ? y1 : y0 + (y1 - y0) * (at - x0) / (x1 - x0);
    }

    @Override
    public Range findRangeBounds(CategoryDataset dataset) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < groups.size(); i++) {
            Distribution.Summary s = groups.get(i).summary();
            for (double v : new double[] {s.min(), s.max(), s.q1(), s.q3()}) {
                if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
            for (Point p : outlines.get(i)) { lo = Math.min(lo, p.value()); hi = Math.max(hi, p.value()); }
        }
        return lo <= hi ? new Range(lo, hi) : null;
    }

    @Override
    public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                         CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column,
                         int pass) {
        if (column >= groups.size()) return;
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        int count = dataset.getColumnCount();
        double start = domainAxis.getCategoryStart(column, count, dataArea, xEdge);
        double end = domainAxis.getCategoryEnd(column, count, dataArea, xEdge);
        double cx = (start + end) / 2;
        double half = Math.min((end - start) * 0.48, theme.size(40));
        Distribution.Summary summary = groups.get(column).summary();
        if (style == ChartSpec.Style.BOX) {
            drawBox(g2, summary, cx, Math.min(half * 0.55, theme.size(16)), dataArea, rangeAxis, yEdge);
            return;
        }
        drawViolin(g2, outlines.get(column), cx, half, dataArea, rangeAxis, yEdge);
        drawQuartiles(g2, summary, cx, half, dataArea, rangeAxis, yEdge);
    }

    private void drawViolin(Graphics2D g2, List<Point> pts, double cx, double half, Rectangle2D dataArea,
                            ValueAxis rangeAxis, RectangleEdge yEdge) {
        Color colour = Theme.series(0);
        double maxDensity = pts.stream().mapToDouble(Point::density).max().orElse(0);
        if (pts.size() > 1 && maxDensity > 0) {
            Path2D path = new Path2D.Double();
            for (int i = 0; i < pts.size(); i++) {
                Point p = pts.get(i);
                double y = rangeAxis.valueToJava2D(p.value(), dataArea, yEdge);
                double x = cx + half * p.density() / maxDensity;
                if (i == 0) path.moveTo(x, y); else path.lineTo(x, y);
            }
            for (int i = pts.size() - 1; i >= 0; i--) {
                Point p = pts.get(i);
                path.lineTo(cx - half * p.density() / maxDensity, rangeAxis.valueToJava2D(p.value(), dataArea, yEdge));
            }
            path.closePath();
            g2.setPaint(Theme.tint(colour, 0.6));
            g2.fill(path);
            g2.setPaint(colour);
            g2.setStroke(theme.thin());
            g2.draw(path);
        }
    }

    private void drawBox(Graphics2D g2, Distribution.Summary s, double cx, double half, Rectangle2D area,
                         ValueAxis axis, RectangleEdge edge) {
        Color colour = Theme.series(0);
        g2.setStroke(theme.thin());
        double cap = half * 0.5;
        if (Double.isFinite(s.min()) && Double.isFinite(s.q1())) {
            double y0 = axis.valueToJava2D(s.min(), area, edge), y1 = axis.valueToJava2D(s.q1(), area, edge);
            g2.setPaint(colour);
            g2.draw(new Line2D.Double(cx, y0, cx, y1));
            g2.draw(new Line2D.Double(cx - cap, y0, cx + cap, y0));
        }
        if (Double.isFinite(s.max()) && Double.isFinite(s.q3())) {
            double y0 = axis.valueToJava2D(s.max(), area, edge), y1 = axis.valueToJava2D(s.q3(), area, edge);
            g2.setPaint(colour);
            g2.draw(new Line2D.Double(cx, y0, cx, y1));
            g2.draw(new Line2D.Double(cx - cap, y0, cx + cap, y0));
        }
        if (Double.isFinite(s.q1()) && Double.isFinite(s.q3())) {
            double y1 = axis.valueToJava2D(s.q1(), area, edge), y3 = axis.valueToJava2D(s.q3(), area, edge);
            Rectangle2D box = new Rectangle2D.Double(cx - half, Math.min(y1, y3), 2 * half, Math.abs(y1 - y3));
            g2.setPaint(Theme.tint(colour, 0.55));
            g2.fill(box);
            g2.setPaint(colour);
            g2.draw(box);
        }
        if (Double.isFinite(s.median())) {
            double ym = axis.valueToJava2D(s.median(), area, edge);
            g2.setPaint(Theme.TEXT);
            g2.setStroke(new java.awt.BasicStroke(theme.size(1.4f)));
            g2.draw(new Line2D.Double(cx - half, ym, cx + half, ym));
        }
        if (Double.isFinite(s.mean())) {
            double r = theme.size(1.8f), ym = axis.valueToJava2D(s.mean(), area, edge);
            Ellipse2D dot = new Ellipse2D.Double(cx - r, ym - r, 2 * r, 2 * r);
            g2.setPaint(Color.WHITE);
            g2.fill(dot);
            g2.setPaint(Theme.TEXT);
            g2.setStroke(theme.thin());
            g2.draw(dot);
        }
    }

    private void drawQuartiles(Graphics2D g2, Distribution.Summary s, double cx, double half, Rectangle2D area,
                               ValueAxis axis, RectangleEdge edge) {
        g2.setPaint(Theme.TEXT);
        if (Double.isFinite(s.min()) && Double.isFinite(s.max())) {
            g2.setStroke(theme.thin());
            g2.draw(new Line2D.Double(cx, axis.valueToJava2D(s.min(), area, edge), cx, axis.valueToJava2D(s.max(), area, edge)));
        }
        if (Double.isFinite(s.q1()) && Double.isFinite(s.q3())) {
            double y1 = axis.valueToJava2D(s.q1(), area, edge), y3 = axis.valueToJava2D(s.q3(), area, edge);
            double w = Math.max(theme.size(3), half * 0.16);
            g2.fill(new Rectangle2D.Double(cx - w / 2, Math.min(y1, y3), w, Math.abs(y1 - y3)));
        }
        if (Double.isFinite(s.median())) {
            double r = theme.size(1.6f);
            double ym = axis.valueToJava2D(s.median(), area, edge);
            g2.setPaint(Color.WHITE);
            g2.fill(new Ellipse2D.Double(cx - r, ym - r, 2 * r, 2 * r));
        }
    }
}
