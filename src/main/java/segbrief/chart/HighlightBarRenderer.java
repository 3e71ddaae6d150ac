package segbrief.chart;

import java.awt.Paint;
import java.io.Serial;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.CategoryDataset;

/**
 * Flat bars in palette colours; when a category is highlighted, that bar takes the accent colour and every
 * other bar turns grey, so the eye lands where the text points.
 */
class HighlightBarRenderer extends BarRenderer {
    @Serial
    private static final long serialVersionUID = 1L;
    private final String highlight;
    /** Categories too small to compare: drawn in a pale version of their colour. */
    private final java.util.Set<String> small;

    HighlightBarRenderer(String highlight) {
        this(highlight, java.util.List.of());
    }

    HighlightBarRenderer(String highlight, java.util.List<String> small) {
        this.highlight = highlight;
        this.small = java.util.Set.copyOf(small);
        setBarPainter(new StandardBarPainter());
        setShadowVisible(false);
        setDrawBarOutline(false);
        setDefaultItemLabelsVisible(false);
    }

    boolean isHighlighted(CategoryDataset dataset, int column) {
        return highlight != null && highlight.equals(((Key) dataset.getColumnKey(column)).label());
    }

    @Override
    public Paint lookupSeriesPaint(int series) {
        return Theme.series(series);
    }

    @Override
    public Paint getItemPaint(int row, int column) {
        CategoryDataset dataset = getPlot() == null ? null : getPlot().getDataset(getPlot().getIndexOf(this));
        Paint p = highlight == null || dataset == null ? Theme.series(row) : isHighlighted(dataset, column) ? Theme.accent() : Theme.MUTED;
        if (dataset != null && !small.isEmpty() && small.contains(((Key) dataset.getColumnKey(column)).label())
                && p instanceof java.awt.Color c) {
            return new java.awt.Color(c.getRed(), c.getGreen(), c.getBlue(), 70);
        }
        return p;
    }
}
