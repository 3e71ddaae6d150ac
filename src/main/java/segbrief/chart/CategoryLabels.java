package segbrief.chart;

import java.util.ArrayList;
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
     * Each name cut as {@link #ellipsis(String, int)} does, except that names whose cut would read the same as
     * another's are shown from the word before where they start to differ: "…region 6 wholesale c…" rather than six
     * bars all labelled "Premium outdoor furni…".
     */
    static List<String> distinct(List<String> names, int max) {
        List<String> cut = names.stream().map(n -> ellipsis(n, max)).toList();
        List<String> out = new ArrayList<>(cut);
        for (int i = 0; i < names.size(); i++) {
            String t = names.get(i) == null ? "" : names.get(i).strip();
            int differ = -1;
            for (int j = 0; j < names.size(); j++) {
                if (j == i || !cut.get(j).equals(cut.get(i))) continue;
                String u = names.get(j) == null ? "" : names.get(j).strip();
                int p = 0;
                while (p < t.length() && p < u.length() && t.charAt(p) == u.charAt(p)) p++;
                differ = Math.max(differ, p);
            }
            if (differ <= 0 || differ >= t.length()) continue;
            int start = t.lastIndexOf(' ', differ - 1);
            start = start <= 0 ? 0 : t.lastIndexOf(' ', start - 1) + 1;
            if (differ - start > max / 2) start = differ - max / 4;
            if (start > 0 && Character.isLowSurrogate(t.charAt(start))) start--;
            if (start > 0) out.set(i, "…" + ellipsis(t.substring(start), Math.max(2, max - 1)));
        }
        return out;
    }

    static List<String> distinct(List<String> names) {
        return distinct(names, MAX_CHARS);
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
