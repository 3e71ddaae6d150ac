package segbrief.metrics;

import java.util.List;
import java.util.Map;
import segbrief.engine.Dialect;
import segbrief.source.Sql;

/**
 * Something to segment by: a text column, or a numeric column cut into bins.
 *
 * @param column   the source column as written in the header
 * @param sql      the SQL expression giving the segment label (NULL for missing)
 * @param order    for bins, the labels in bin order; empty for plain dimensions
 * @param branches for bins, the CASE that {@code sql} is: conditions in order, each with its label, then the label
 *                 of the rest ({@link Case#otherwise}); null for plain dimensions
 */
record Dim(String column, String label, String sql, boolean binned, List<String> order, Case branches) {
    Dim {
        order = List.copyOf(order);
    }

    /**
     * A bin CASE: NULL when {@code x} is NULL, else the label of the first edge {@code x} is below (or, unless
     * {@code strict}, equal to), else {@code otherwise}.
     */
    record Case(String x, List<String> edges, boolean strict, List<String> labels, String otherwise) {
        Case {
            edges = List.copyOf(edges);
            labels = List.copyOf(labels);
        }

        /** The CASE giving each label's text. */
        String sql() {
            StringBuilder s = new StringBuilder("CASE WHEN ").append(x).append(" IS NULL THEN NULL");
            for (int i = 0; i < edges.size(); i++) {
                s.append(" WHEN ").append(x).append(strict ? " < " : " <= ").append(edges.get(i))
                        .append(" THEN ").append(Sql.str(labels.get(i)));
            }
            return s.append(" ELSE ").append(Sql.str(otherwise)).append(" END").toString();
        }

        /** Every branch's label in order, the last one {@code otherwise}. */
        List<String> branchLabels() {
            List<String> all = new java.util.ArrayList<>(labels);
            all.add(otherwise);
            return all;
        }

        /**
         * The branch a row falls in, counted from 1 (NULL when missing): one plus the edges it is past, added up as
         * numbers. Branch-free, and about half the cost of the CASE per row.
         */
        String branchSql(Dialect dialect) {
            StringBuilder s = new StringBuilder("(1");
            for (String e : edges) s.append(" + ").append(dialect.flag(x + (strict ? " >= " : " > ") + e));
            return s.append(')').toString();
        }
    }
}
