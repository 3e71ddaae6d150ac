package segbrief.metrics;

/**
 * The rows every segment pass reads, one per fact: each dimension's key {@code d0 .. d(n-1)}, the customer
 * {@code cust} (NULL without a customer id) and each measure {@code m0 .. m(k-1)} as an exact number.
 *
 * @param sql the SELECT giving them
 */
record SegmentRows(String sql, int dimensions, int measures) {
    static SegmentRows of(String view, SegmentKeys keys, String customer, java.util.List<String> measures) {
        StringBuilder s = new StringBuilder("SELECT ");
        for (int i = 0; i < keys.size(); i++) s.append("(").append(keys.key(i)).append(") AS d").append(i).append(", ");
        s.append(customer == null ? "NULL" : customer).append(" AS cust");
        for (int j = 0; j < measures.size(); j++) s.append(", ").append(measures.get(j)).append(" AS m").append(j);
        s.append(" FROM ").append(view);
        return new SegmentRows(s.toString(), keys.size(), measures.size());
    }
}
