package segbrief.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import segbrief.brief.Continuity;
import segbrief.brief.SegmentTable;
import segbrief.source.Sql;

/**
 * Value per customer: each customer's sum of the primary measure, summarised as n, mean and sample variance over all
 * customers and inside each segment (a customer's value in a segment is what they gave in it). A later period tests
 * its own figures against these with Welch's t, so the snapshot keeps them.
 */
final class ValueSpreads {
    private ValueSpreads() {}

    static List<Continuity.Spread> compute(Connection conn, String view, String customer, String amountSql, List<Dim> dims)
            throws SQLException {
        List<Continuity.Spread> out = new ArrayList<>();
        String cust = Sql.id(customer);
        try (Statement st = conn.createStatement()) {
            try (ResultSet r = st.executeQuery("SELECT count(*), avg(v), var_samp(v) FROM (SELECT " + cust + ", sum(" + amountSql
                    + ") AS v FROM " + view + " WHERE " + cust + " IS NOT NULL GROUP BY " + cust + ")")) {
                r.next();
                out.add(new Continuity.Spread(null, null, r.getLong(1), num(r, 2), num(r, 3)));
            }
            for (Dim d : dims) {
                try (ResultSet r = st.executeQuery("SELECT COALESCE(s, " + Sql.str(SegmentTable.MISSING) + ") AS s, count(*), avg(v), var_samp(v)"
                        + " FROM (SELECT (" + d.sql() + ") AS s, " + cust + ", sum(" + amountSql + ") AS v FROM " + view + " WHERE "
                        + cust + " IS NOT NULL GROUP BY ALL) GROUP BY 1 ORDER BY 1")) {
                    while (r.next()) out.add(new Continuity.Spread(d.column(), r.getString(1), r.getLong(2), num(r, 3), num(r, 4)));
                }
            }
        }
        return out;
    }

    private static double num(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }
}
