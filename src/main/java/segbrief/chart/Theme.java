package segbrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;

/**
 * The one look of every SegmentBrief chart: white, no border, no 3D, no gradients or shadows, light grey
 * gridlines on the value axis only, thin axis lines, a left-aligned title, DejaVu Sans, the Okabe–Ito palette.
 * Type sizes grow a little with the drawing width so a 500 pt appendix chart does not read as a stamp, and never
 * fall below 7 pt at the executive page's 250 pt.
 */
final class Theme {
    /** Okabe–Ito, black softened to dark grey, yellow last because it is weak on white. */
    static final List<String> PALETTE_HEX = List.of(
            "#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#4D4D4D", "#F0E442");
    static final String ACCENT_HEX = "#D55E00";
    static final String MUTED_HEX = "#BDBDBD";

    static final Color ACCENT = Color.decode(ACCENT_HEX);
    static final Color MUTED = Color.decode(MUTED_HEX);
    static final Color TEXT = new Color(0x33, 0x33, 0x33);
    static final Color SUBTLE_TEXT = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xE2, 0xE2, 0xE2);
    static final Color AXIS_LINE = new Color(0x8C, 0x8C, 0x8C);
    static final Color TRANSPARENT = new Color(0, 0, 0, 0);

    private static final List<Color> PALETTE = PALETTE_HEX.stream().map(Color::decode).toList();

    final Formats formats;
    private final float scale;

    private Theme(Formats formats, float scale) {
        this.formats = formats;
        this.scale = scale;
    }

    /** A theme for a drawing {@code width} points (or CSS pixels) wide. */
    static Theme forWidth(Formats formats, double width) {
        double s = Double.isFinite(width) ? width / 400.0 : 1.0;
        return new Theme(formats, (float) Math.max(1.0, Math.min(1.3, s)));
    }

    /** A company's chart colours while a {@link ChartRenderer} of that brand draws: its palette and highlight. */
    record Colours(List<Color> palette, Color accent) {}

    static final ScopedValue<Colours> BRAND = ScopedValue.newInstance();

    static Color series(int i) {
        List<Color> p = BRAND.isBound() && !BRAND.get().palette().isEmpty() ? BRAND.get().palette() : PALETTE;
        return p.get(Math.floorMod(i, p.size()));
    }

    /** The colour that marks the answer in a chart (the leading bar, the donut's share). */
    static Color accent() {
        return BRAND.isBound() ? BRAND.get().accent() : ACCENT;
    }

    static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    /** A lighter tint of {@code c} (share 0..1 of white mixed in), opaque so overlaps do not darken. */
    static Color tint(Color c, double white) {
        int r = (int) Math.round(c.getRed() + (255 - c.getRed()) * white);
        int g = (int) Math.round(c.getGreen() + (255 - c.getGreen()) * white);
        int b = (int) Math.round(c.getBlue() + (255 - c.getBlue()) * white);
        return new Color(r, g, b);
    }

    float size(float base) {
        return base * scale;
    }

    Font titleFont() { return DejaVuFonts.bold(size(9.5f)); }

    Font tickFont() { return DejaVuFonts.plain(size(7.5f)); }

    Font axisLabelFont() { return DejaVuFonts.plain(size(7.5f)); }

    Font legendFont() { return DejaVuFonts.plain(size(7.5f)); }

    Font valueLabelFont() { return DejaVuFonts.plain(size(7f)); }

    Font emphasisFont() { return DejaVuFonts.bold(size(7.5f)); }

    Stroke thin() { return new BasicStroke(0.5f * scale); }

    Stroke line() { return new BasicStroke(1.6f * scale, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND); }

    /** Wraps {@code plot} in a chart with the title left-aligned on top and, if asked, a compact legend. */
    JFreeChart chart(String title, Plot plot, boolean legend) {
        JFreeChart chart = new JFreeChart(null, titleFont(), plot, legend);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setBorderVisible(false);
        chart.setPadding(new RectangleInsets(2, 2, 2, 4));
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        chart.getRenderingHints().put(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        chart.getRenderingHints().put(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        if (title != null && !title.isBlank()) { // an untitled chart gives the title's room back to the plot
            TextTitle t = new TextTitle(title, titleFont());
            t.setPaint(TEXT);
            t.setHorizontalAlignment(HorizontalAlignment.LEFT);
            t.setTextAlignment(HorizontalAlignment.LEFT);
            t.setMaximumLinesToDisplay(2);
            t.setPadding(new RectangleInsets(0, 0, size(4), 0));
            chart.setTitle(t);
        }
        LegendTitle l = chart.getLegend();
        if (l != null) {
            l.setPosition(RectangleEdge.TOP);
            l.setHorizontalAlignment(HorizontalAlignment.LEFT);
            l.setFrame(BlockBorder.NONE);
            l.setBackgroundPaint(null);
            l.setItemFont(legendFont());
            l.setItemPaint(SUBTLE_TEXT);
            l.setItemLabelPadding(new RectangleInsets(0, 2, 0, 6));
            l.setPadding(new RectangleInsets(0, 0, size(3), 0));
            l.setMargin(RectangleInsets.ZERO_INSETS);
        }
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        // room on the right for the last tick label, which JFreeChart centres on its tick and lets overhang
        plot.setInsets(new RectangleInsets(2, 0, 0, size(9)));
        plot.setNoDataMessage("No data");
        plot.setNoDataMessageFont(tickFont());
        plot.setNoDataMessagePaint(SUBTLE_TEXT);
        return chart;
    }

    /**
     * What the values measure ("Donations"), set small under the title instead of as a rotated axis label,
     * which is hard to read; placed before the legend so the order is title, unit, legend.
     */
    void unit(JFreeChart chart, String text) {
        if (text == null || text.isBlank()) return;
        TextTitle t = new TextTitle(text, legendFont());
        t.setPaint(SUBTLE_TEXT);
        t.setHorizontalAlignment(HorizontalAlignment.LEFT);
        t.setPadding(new RectangleInsets(0, 0, size(5), 0));
        chart.addSubtitle(0, t);
    }

    void style(CategoryPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(thin());
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    void style(XYPlot plot) {
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(true);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(thin());
        plot.setDomainZeroBaselineVisible(false);
        plot.setRangeZeroBaselineVisible(false);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    }

    CategoryAxis categoryAxis(String label) {
        CategoryAxis axis = new CategoryAxis(label);
        axis(axis);
        axis.setTickMarksVisible(false);
        axis.setCategoryMargin(0.25);
        axis.setLowerMargin(0.02);
        axis.setUpperMargin(0.02);
        axis.setMaximumCategoryLabelLines(2);
        return axis;
    }

    /** A value axis whose ticks read like the brief: "€25k", "20%", "1,200". */
    NumberAxis valueAxis(String label, ValueKind kind) {
        NumberAxis axis = new NumberAxis(label);
        axis(axis);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setNumberFormatOverride(new CompactNumberFormat(formats, kind));
        if (kind == ValueKind.COUNT) {
            axis.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        }
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    private void axis(Axis axis) {
        axis.setTickLabelFont(tickFont());
        axis.setTickLabelPaint(SUBTLE_TEXT);
        axis.setLabelFont(axisLabelFont());
        axis.setLabelPaint(SUBTLE_TEXT);
        axis.setAxisLinePaint(AXIS_LINE);
        axis.setAxisLineStroke(thin());
        axis.setTickMarkPaint(AXIS_LINE);
        axis.setTickMarkStroke(thin());
        axis.setTickMarkInsideLength(0);
        axis.setTickMarkOutsideLength(size(2));
        if (axis instanceof ValueAxis v) {
            v.setMinorTickMarksVisible(false);
        }
    }
}
