package segbrief.insight;

import java.util.ArrayList;
import java.util.List;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;
import segbrief.metrics.DataShares;

/**
 * The executive page's one-line data note: said only when a data problem moves the headline figure (the primary
 * measure's total) by more than {@link #THRESHOLD}; the appendix's data-quality section says the rest either way.
 */
public final class DataNote {
    /** "More than a few percent": below this a problem is left to the appendix. */
    public static final double THRESHOLD = 0.03;

    private DataNote() {}

    /** The note, e.g. "3 far-out values above $50k make 18.0% of revenue; 4.0% of rows have no revenue: see the appendix", or null. */
    public static String of(DataShares s, String measureLabel, ValueKind kind, Formats f) {
        String label = measureLabel.toLowerCase(f.locale());
        List<String> parts = new ArrayList<>();
        if (s.outliers() > 0 && s.outlierShare() > THRESHOLD) {
            String fence = Double.isNaN(s.upperFence()) ? "" : " above " + f.compact(s.upperFence(), kind);
            parts.add(count(s.outliers(), "far-out value", "far-out values") + fence + " make " + f.percent(s.outlierShare())
                    + " of " + label);
        }
        if (s.missingShare() > THRESHOLD) parts.add(f.percent(s.missingShare()) + " of rows have no " + label);
        if (s.duplicateShare() > THRESHOLD) parts.add(f.percent(s.duplicateShare()) + " of rows repeat another row exactly");
        if (s.rejectedShare() > THRESHOLD) parts.add(f.percent(s.rejectedShare()) + " of the file's rows could not be read");
        if (parts.isEmpty()) return null;
        String line = String.join("; ", parts) + ": see the appendix";
        return Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    private static String count(long n, String one, String many) {
        return String.format(java.util.Locale.ROOT, "%,d %s", n, n == 1 ? one : many);
    }
}
