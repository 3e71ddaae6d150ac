package segbrief.chart;

import java.io.Serial;
import java.io.Serializable;
import java.util.function.BiPredicate;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;

/** Value labels on bars and points in the brief's compact wording, optionally only for some items. */
final class CompactItemLabels implements CategoryItemLabelGenerator, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    private final transient Formats formats;
    private final ValueKind kind;
    private final transient BiPredicate<Integer, Integer> shown;

    CompactItemLabels(Formats formats, ValueKind kind, BiPredicate<Integer, Integer> shown) {
        this.formats = formats;
        this.kind = kind;
        this.shown = shown;
    }

    CompactItemLabels(Formats formats, ValueKind kind) {
        this(formats, kind, (row, column) -> true);
    }

    @Override
    public String generateRowLabel(CategoryDataset dataset, int row) {
        return String.valueOf(dataset.getRowKey(row));
    }

    @Override
    public String generateColumnLabel(CategoryDataset dataset, int column) {
        return String.valueOf(dataset.getColumnKey(column));
    }

    @Override
    public String generateLabel(CategoryDataset dataset, int row, int column) {
        Number v = dataset.getValue(row, column);
        if (v == null || Double.isNaN(v.doubleValue()) || !shown.test(row, column)) return null;
        return formats.compact(v.doubleValue(), kind);
    }
}
