package segbrief.chart;

import java.util.List;
import org.jfree.chart.axis.CategoryAxis;

/** Category labels kept short and readable: ellipsis for long names, every n-th label when they crowd. */
final class CategoryLabels {
    static final int MAX_CHARS = 22;

    private CategoryLabels() {}

    /** {@code text} cut to at most {@code max} characters, ending in "…" when cut; null reads as "". */
    static String ellipsis(String text, int max) {
        if (text == null) return "";
        String t = text.strip();
        if (t.codePointCount(0, t.length()) <= max) return t;
        int end = t.offsetByCodePoints(0, Math.max(1, max - 1));
        return t.substring(0, end).stripTrailing() + "…";
    }

    static String ellipsis(String text) {
        return ellipsis(text, MAX_CHARS);
    }

    /**
     * Hides all but every n-th tick label (always keeping the first and the last) so that at most {@code fit}
     * labels show, counted back from the last (the latest period matters most). Hidden ones are painted
     * transparent, which CategoryAxis allows per category.
     */
    static void thin(CategoryAxis axis, List<? extends Comparable<?>> keys, int fit) {
        int n = keys.size();
        if (n <= Math.max(1, fit)) return;
        int step = (int) Math.ceil(n / (double) Math.max(1, fit));
        for (int i = 0; i < n; i++) {
            if ((n - 1 - i) % step != 0) axis.setTickLabelPaint(keys.get(i), Theme.TRANSPARENT);
        }
        axis.setMaximumCategoryLabelWidthRatio(step * 0.95f);
    }
}
