package segbrief.source;

import java.util.List;
import java.util.Locale;

/** "4, 9, 12" or "4, 9, 12, 15, 20, …": the first line numbers of a problem, for a data-quality note. */
final class LineList {
    static final int SHOWN = 5;

    private LineList() {}

    /** The first {@link #SHOWN} of {@code lines}, with an ellipsis when there are more (more than {@code lines} holds, too, when {@code total} says so). */
    static String of(List<Long> lines, long total) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, lines.size()); i++) {
            if (i > 0) s.append(", ");
            s.append(String.format(Locale.ROOT, "%,d", lines.get(i)));
        }
        if (Math.max(total, lines.size()) > SHOWN) s.append(", …");
        return s.toString();
    }
}
