package segbrief.metrics;

import java.util.List;

/**
 * Something to segment by: a text column, or a numeric column cut into bins.
 *
 * @param column the source column as written in the header
 * @param sql    the SQL expression giving the segment label (NULL for missing)
 * @param order  for bins, the labels in bin order; empty for plain dimensions
 */
record Dim(String column, String label, String sql, boolean binned, List<String> order) {
    Dim {
        order = List.copyOf(order);
    }
}
