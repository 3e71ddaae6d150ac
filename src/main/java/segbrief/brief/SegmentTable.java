package segbrief.brief;

import java.util.List;
import java.util.Map;

/**
 * Every segment of one dimension, sorted by the primary measure's sum (descending), ties by name.
 * Missing values form the segment "(missing)".
 *
 * @param column the source column as written in the header
 * @param binned true when the segments are ranges of a numeric column (then rows follow the bin order)
 */
public record SegmentTable(String dimension, String column, boolean binned, List<Row> rows, ChartSpec chart) {
    public static final String MISSING = "(missing)";

    public SegmentTable {
        rows = List.copyOf(rows);
    }

    /** One segment; {@code measures} is keyed by measure column, in the brief's measure order. */
    public record Row(String segment, long count, long customers, Map<String, Stats> measures) {
        public Row {
            measures = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(measures));
        }
    }

    /**
     * A measure inside one segment; share is this segment's part of the measure's total, 0..1. {@code values} counts
     * the rows that have a value (blanks left out: the mean divides by it), -1 when not counted; {@code variance} is
     * the sample variance of those values (NaN when not computed, which only the primary measure is).
     */
    public record Stats(double sum, double mean, double median, double share, long values, double variance) {
        public Stats(double sum, double mean, double median, double share) {
            this(sum, mean, median, share, -1, Double.NaN);
        }
    }
}
