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

    HighlightBarRenderer(String highlight) {
        this.highlight = highlight;
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
        if (highlight == null || dataset == null) return Theme.series(row);
        return isHighlighted(dataset, column) ? Theme.accent() : Theme.MUTED;
    }
}
