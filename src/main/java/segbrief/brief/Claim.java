package segbrief.brief;

/**
 * One comparison the brief may state, with the test behind it. A sentence that compares (leads, highest, gives
 * most, N× another, peak, change, the recommendation) renders a claim that passed; a claim that did not pass is said
 * as "too close to call" or not at all. Every claim, passed or not, is written to metrics.json.
 *
 * @param id        stable key, e.g. "lead:device:iOS" (kind, column, subject)
 * @param kind      what is claimed: see {@link Kind}
 * @param dimension the column compared across (a dimension, or the trend's grain)
 * @param subject   the segment or period the claim is about
 * @param against   what it is compared with: another segment or period, or {@link #REST} for all the others
 * @param value     the subject's figure (a total, a mean, a value per customer)
 * @param otherValue the same figure for {@code against}
 * @param test      the test's name as the method section gives it
 * @param statistic the test statistic (t or z)
 * @param p         two-sided p-value
 * @param q         Benjamini–Hochberg adjusted p-value across all claims of the brief (NaN before the control)
 * @param effect    what the estimate measures: "difference" (value − otherValue) or "lift" (value ÷ otherValue)
 * @param estimate  the effect, with its 95% confidence interval {@code low}..{@code high}
 * @param size      customers (or rows, see {@code units}) in the subject
 * @param otherSize customers (or rows) in what it is compared with
 * @param passed    q at most the brief's level, the interval on the right side of no effect, both groups at least the
 *                  minimum size
 * @param units     what {@code size} counts: "customers" or "rows"
 */
public record Claim(String id, Kind kind, String dimension, String subject, String against, double value,
                    double otherValue, String test, double statistic, double p, double q, String effect, double estimate,
                    double low, double high, long size, long otherSize, boolean passed, String units) {
    public static final String REST = "(rest)";

    public enum Kind {
        /** The subject's total is larger than the runner-up's. */
        LEADS,
        /** The subject's mean is higher than the runner-up's. */
        HIGHEST_MEAN,
        /** The subject's mean is lower than the rest's. */
        LOWEST_MEAN,
        /** The subject's value per customer (or mean) against the rest's, as a lift. */
        LIFT,
        /** Within a segment, one split value's figure against the next. */
        WITHIN,
        /** A period's total against the next highest period's. */
        PEAK,
        /** A period's total against the next lowest period's. */
        LOW,
        /** The last period against the one before. */
        CHANGE
    }

    /** The same claim after the false-discovery control, with its adjusted p-value and verdict. */
    public Claim judged(double q, boolean passed) {
        return new Claim(id, kind, dimension, subject, against, value, otherValue, test, statistic, p, q, effect, estimate,
                low, high, size, otherSize, passed, units);
    }
}
