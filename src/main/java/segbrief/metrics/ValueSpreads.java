package segbrief.metrics;

import segbrief.brief.Continuity;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Sql;

/**
 * Value per customer over everyone: each customer's sum of the primary measure, as n, mean and sample variance. A
 * later period tests its own figures against these with Welch's t, so the snapshot keeps them.
 */
final class ValueSpreads {
    private ValueSpreads() {}

    static Continuity.Spread overall(Engine engine, String view, String customer, String amountSql) {
        String cust = Sql.id(customer);
        try (Rows r = engine.query("value per customer", "SELECT count(*), avg(v), var_samp(v) FROM (SELECT " + cust + ", sum(" + amountSql
                + ") AS v FROM " + view + " WHERE " + cust + " IS NOT NULL GROUP BY " + cust + ")")) {
            r.next();
            // the engine's threads add the doubles in any order: twelve significant digits keep the figures the same per run
            return new Continuity.Spread(null, null, r.getLong(1), MetricsEngine.roundVariance(num(r, 2)),
                    MetricsEngine.roundVariance(num(r, 3)));
        }
    }

    private static double num(Rows r, int i) {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }
}
