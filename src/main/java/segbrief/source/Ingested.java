package segbrief.source;

import java.util.List;
import java.util.Map;
import segbrief.brief.DataQuality.Rejection;
import segbrief.brief.SourceInfo;

/**
 * The data after ingest: one DuckDB table with every source joined and every derived column added.
 *
 * @param table       the table name ("facts_all")
 * @param projection  what to select from it for the analysis: "*", or a column list that swaps in a typed copy
 * @param columns     column name → DuckDB type, in table order
 * @param dateColumn  the hidden DATE column used for periods and trends ("__date"), or null without a date role
 * @param yearsOnly   true when the date role is a year number, so only yearly periods and trends make sense
 * @param orderColumn the order number of a line-item export (one row per order line), or null
 */
public record Ingested(String table, String projection, Map<String, String> columns, String dateColumn, boolean yearsOnly,
                       List<SourceInfo> sources, long rowsRead, long rowsRejected, List<Rejection> rejections,
                       List<String> notes, String orderColumn) {
    /** Data with one row per event (no order lines to count orders by). */
    public Ingested(String table, String projection, Map<String, String> columns, String dateColumn, boolean yearsOnly,
                    List<SourceInfo> sources, long rowsRead, long rowsRejected, List<Rejection> rejections, List<String> notes) {
        this(table, projection, columns, dateColumn, yearsOnly, sources, rowsRead, rowsRejected, rejections, notes, null);
    }

    public Ingested {
        columns = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(columns));
        sources = List.copyOf(sources);
        rejections = List.copyOf(rejections);
        notes = List.copyOf(notes);
    }

    /** The same data with more notes for the data-quality section. */
    public Ingested withNotes(List<String> more) {
        if (more.isEmpty()) return this;
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new Ingested(table, projection, columns, dateColumn, yearsOnly, sources, rowsRead, rowsRejected, rejections, all,
                orderColumn);
    }

    public boolean isNumeric(String column) {
        String t = columns.get(column);
        return t != null && (t.startsWith("DECIMAL") || t.matches("(U?(TINY|SMALL|BIG|HUGE)?INT(EGER)?|DOUBLE|FLOAT|REAL)"));
    }
}
