package segbrief.engine;

/**
 * Runs the brief's SQL over the ingested table. Every statement carries a name (the metric or step it serves), so
 * that {@code --timings}, the SQL log and error messages can say which query was slow or failed.
 */
public interface Engine extends AutoCloseable {
    /** "duckdb" or "spark": recorded with the brief and printed by --timings. */
    String name();

    Dialect dialect();

    /** The rows of a query; close them (try-with-resources) before the next query on engines that stream. */
    Rows query(String name, String sql);

    /** A statement without rows (CREATE VIEW, SET). */
    void execute(String name, String sql);

    /** The first column of the first row of a query, 0 when it is missing. */
    default long scalar(String name, String sql) {
        try (Rows r = query(name, sql)) {
            return r.next() ? r.getLong(1) : 0;
        }
    }

    @Override
    void close();
}
