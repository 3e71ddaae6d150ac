package segbrief.insight;

import segbrief.brief.Formats;
import segbrief.brief.ValueKind;
import segbrief.metrics.EdgeText;

/** Bin edges in segment names as the brief writes numbers: compact, in the brief's locale. */
public final class BinEdges {
    private BinEdges() {}

    public static EdgeText of(Formats formats) {
        return v -> formats.compact(v, ValueKind.NUMBER);
    }
}
