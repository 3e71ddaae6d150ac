package segbrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.Serial;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CrosshairState;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYItemRendererState;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.Range;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import segbrief.brief.ValueKind;

/** Heatmap cells one unit wide and high, separated by hairline white gaps, with the value written when it fits. */
final class HeatmapCellRenderer extends XYBlockRenderer {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient Theme theme;
    private final ColourScale scale;
    private final ValueKind kind;

    HeatmapCellRenderer(Theme theme, ColourScale scale, ValueKind kind) {
        this.theme = theme;
        this.scale = scale;
        this.kind = kind;
        setPaintScale(scale);
    }

    @Override
    public Range findDomainBounds(XYDataset dataset) {
        return null;
    }

    @Override
    public Range findRangeBounds(XYDataset dataset) {
        return null;
    }

    @Override
    public void drawItem(Graphics2D g2, XYItemRendererState state, Rectangle2D dataArea, PlotRenderingInfo info,
                         XYPlot plot, ValueAxis domainAxis, ValueAxis rangeAxis, XYDataset dataset, int series,
                         int item, CrosshairState crosshairState, int pass) {
        double x = dataset.getXValue(series, item), y = dataset.getYValue(series, item);
        double z = ((XYZDataset) dataset).getZValue(series, item);
        RectangleEdge xEdge = plot.getDomainAxisEdge(), yEdge = plot.getRangeAxisEdge();
        double x0 = domainAxis.valueToJava2D(x - 0.5, dataArea, xEdge), x1 = domainAxis.valueToJava2D(x + 0.5, dataArea, xEdge);
        double y0 = rangeAxis.valueToJava2D(y - 0.5, dataArea, yEdge), y1 = rangeAxis.valueToJava2D(y + 0.5, dataArea, yEdge);
        Rectangle2D cell = new Rectangle2D.Double(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        Color fill = scale.colour(z);
        g2.setPaint(fill);
        g2.fill(cell);
        g2.setPaint(Color.WHITE);
        g2.setStroke(new BasicStroke(theme.size(0.8f)));
        g2.draw(cell);
        if (Double.isFinite(z)) label(g2, cell, theme.formats.compact(z, kind), ColourScale.textOn(fill));
    }

    private void label(Graphics2D g2, Rectangle2D cell, String text, Color colour) {
        g2.setFont(theme.valueLabelFont());
        FontRenderContext frc = g2.getFontRenderContext();
        Rectangle2D b = g2.getFont().getStringBounds(text, frc);
        if (b.getWidth() + 4 > cell.getWidth() || b.getHeight() > cell.getHeight()) return;
        float tx = (float) (cell.getCenterX() - b.getWidth() / 2);
        float ty = (float) (cell.getCenterY() + g2.getFont().getLineMetrics(text, frc).getAscent() * 0.72 / 2 + 0.5);
        g2.setPaint(colour);
        g2.drawString(text, tx, ty);
    }
}
