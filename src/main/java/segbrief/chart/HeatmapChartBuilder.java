package segbrief.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import segbrief.brief.ChartSpec;

/**
 * Rows by columns of coloured cells (first row on top) with the value written in each cell that has room; when
 * the values do not fit, a colour key below the chart carries the scale instead.
 */
final class HeatmapChartBuilder {
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Theme theme;

    HeatmapChartBuilder(Theme theme) {
        this.theme = theme;
    }

    JFreeChart build(ChartSpec.Heatmap spec, Rectangle2D area) {
        int rows = spec.rows().size(), cols = spec.columns().size();
        DefaultXYZDataset data = new DefaultXYZDataset();
        double[][] xyz = new double[3][rows * cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int i = r * cols + c;
                xyz[0][i] = c;
                xyz[1][i] = r;
                xyz[2][i] = value(spec.values(), r, c);
            }
        }
        data.addSeries("values", xyz);
        ColourScale scale = ColourScale.of(spec.values(), spec.diverging());

        SymbolAxis x = symbols(spec.columnLabel(), spec.columns(), 12);
        SymbolAxis y = symbols(spec.rowLabel(), spec.rows(), 18);
        y.setInverted(true);
        HeatmapCellRenderer renderer = new HeatmapCellRenderer(theme, scale, spec.kind());
        XYPlot plot = new XYPlot(data, x, y, renderer);
        theme.style(plot);
        plot.setRangeGridlinesVisible(false);
        JFreeChart chart = theme.chart(spec.title(), plot, false);
        if (!valuesFit(spec, area)) chart.addSubtitle(key(spec, scale));
        return chart;
    }

    private SymbolAxis symbols(String label, List<String> names, int maxChars) {
        String[] cut = CategoryLabels.distinct(names, maxChars).toArray(String[]::new);
        SymbolAxis axis = new SymbolAxis(label, cut);
        axis.setGridBandsVisible(false);
        axis.setTickLabelFont(theme.tickFont());
        axis.setTickLabelPaint(Theme.SUBTLE_TEXT);
        axis.setLabelFont(theme.axisLabelFont());
        axis.setLabelPaint(Theme.SUBTLE_TEXT);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        axis.setMinorTickMarksVisible(false);
        axis.setRange(-0.5, Math.max(0.5, names.size() - 0.5));
        return axis;
    }

    /** Whether the widest value label fits a cell of the size this area will roughly give. */
    private boolean valuesFit(ChartSpec.Heatmap spec, Rectangle2D area) {
        int rows = Math.max(1, spec.rows().size()), cols = Math.max(1, spec.columns().size());
        double cellW = (area.getWidth() - theme.size(80)) / cols, cellH = (area.getHeight() - theme.size(50)) / rows;
        Font font = theme.valueLabelFont();
        double widest = 0;
        for (List<Double> row : spec.values()) {
            for (double v : row) widest = Math.max(widest, font.getStringBounds(theme.formats.compact(v, spec.kind()), FRC).getWidth());
        }
        return widest + 4 <= cellW && font.getSize2D() * 1.2 <= cellH;
    }

    private PaintScaleLegend key(ChartSpec.Heatmap spec, ColourScale scale) {
        NumberAxis axis = theme.valueAxis(null, spec.kind());
        axis.setRange(scale.getLowerBound(), scale.getUpperBound());
        PaintScaleLegend legend = new PaintScaleLegend(scale, axis);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setStripWidth(theme.size(6));
        legend.setStripOutlineVisible(false);
        legend.setAxisOffset(0);
        legend.setSubdivisionCount(64);
        legend.setMargin(new RectangleInsets(theme.size(4), theme.size(60), 0, theme.size(60)));
        legend.setBackgroundPaint(null);
        return legend;
    }

    static double value(List<List<Double>> values, int r, int c) {
        if (r >= values.size() || c >= values.get(r).size()) return Double.NaN;
        return values.get(r).get(c);
    }
}
