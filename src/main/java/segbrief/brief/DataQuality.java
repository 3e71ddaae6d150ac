package segbrief.brief;

import java.util.List;

/**
 * What was read and what could not be.
 *
 * @param rowsRead     data rows in the sources (before the period filter)
 * @param rowsRejected rows that could not be parsed (wrong number of fields, broken quoting), never silently dropped
 * @param rowsInPeriod rows the brief is about
 * @param rejections   the first rejected rows, with file, line and reason
 * @param dataNote     the executive page's one line on data problems that move the headline figure, or null
 */
public record DataQuality(long rowsRead, long rowsRejected, long rowsInPeriod, long customers,
                          List<ColumnProfile> columns, List<Rejection> rejections, List<String> notes, String dataNote) {
    /** Data quality with no note for the executive page. */
    public DataQuality(long rowsRead, long rowsRejected, long rowsInPeriod, long customers,
                       List<ColumnProfile> columns, List<Rejection> rejections, List<String> notes) {
        this(rowsRead, rowsRejected, rowsInPeriod, customers, columns, rejections, notes, null);
    }

    public DataQuality {
        columns = List.copyOf(columns);
        rejections = List.copyOf(rejections);
        notes = List.copyOf(notes);
    }

    /** One column: its role in the brief, its SQL type, how many values are missing and how many distinct. */
    /**
     * Up to this many rows in the period every column's distinct values are counted exactly; above it, the columns
     * whose count the brief does not know otherwise are estimated (HyperLogLog, within a few percent), and the
     * appendix says so.
     */
    public static final long EXACT_DISTINCT_ROWS = 2_000_000;

    /** Whether the profile's distinct counts of {@code rowsInPeriod} rows include estimates. */
    public static boolean distinctEstimated(long rowsInPeriod) {
        return rowsInPeriod > EXACT_DISTINCT_ROWS;
    }

    public record ColumnProfile(String column, String role, String type, long missing, long distinct) {}

    public record Rejection(String file, long line, String column, String reason) {}
}
