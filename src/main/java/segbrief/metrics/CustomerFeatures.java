package segbrief.metrics;

import static segbrief.metrics.CustomerSql.given;
import static segbrief.metrics.CustomerSql.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.UserError;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/** Builds the per-customer table clustering works on, in one SQL query over the ingested fact table. */
public final class CustomerFeatures {
    /** Feature names used when the features are derived from transactions. */
    public static final String TOTAL_SPEND = "total_spend";
    public static final String ORDERS = "orders";
    public static final String AVERAGE_ORDER_VALUE = "average_order_value";
    public static final String RECENCY_DAYS = "recency_days";

    /** A dimension value for customers who have none. */
    public static final String MISSING = "(missing)";

    /** The dimension value of a customer left out of the lift sample (never a real value: it starts with NUL). */
    public static final String NOT_SAMPLED = "\u0000not sampled";

    private static final String KEY = "__segbrief_key";

    private CustomerFeatures() {}

    /** As {@link #build(Engine, String, String, String, String, String, List, List)} counting rows as orders. */
    public static CustomerTable build(Engine c, String table, String customerColumn, String dateColumn,
                                      String amountColumn, List<String> featureColumns, List<String> dimensionColumns) {
        return build(c, table, customerColumn, dateColumn, amountColumn, null, featureColumns, dimensionColumns);
    }

    /**
     * One row per customer, ordered by customer id. If {@code customerColumn} is null every row is a customer
     * (ids are row numbers). Non-empty {@code featureColumns} are averaged per customer; empty ones with customer,
     * date and amount given derive total spend, number of orders (rows, or distinct {@code orderColumn}), average
     * order value and recency in days against the latest date. Each dimension gets the customer's most frequent
     * value, ties broken by name.
     */
    public static CustomerTable build(Engine c, String table, String customerColumn, String dateColumn,
                                      String amountColumn, String orderColumn, List<String> featureColumns,
                                      List<String> dimensionColumns) {
        return build(c, table, customerColumn, dateColumn, amountColumn, orderColumn, featureColumns, dimensionColumns, 1.0);
    }

    /**
     * As above, with each customer's dimension values (used only for lifts) read for a seeded, hash-chosen share
     * {@code dimensionSample} of the customers; the others get {@link #NOT_SAMPLED}. Finding a customer's most
     * frequent value costs a pass over every row per dimension, which dominates on millions of customers.
     */
    public static CustomerTable build(Engine c, String table, String customerColumn, String dateColumn,
                                      String amountColumn, String orderColumn, List<String> featureColumns,
                                      List<String> dimensionColumns, double dimensionSample) {
        List<String> features = featureColumns == null ? List.of() : List.copyOf(featureColumns);
        List<String> dims = dimensionColumns == null ? List.of() : List.copyOf(dimensionColumns);
        boolean derived = features.isEmpty();
        if (derived && !(given(customerColumn) && given(dateColumn) && given(amountColumn))) {
            throw new UserError(UserError.Kind.SPEC, "clusters.features",
                    "there are no features to cluster customers on",
                    "name numeric columns in clusters.features, or give customer_id, date and amount");
        }
        List<String> wanted = new ArrayList<>(features);
        wanted.addAll(dims);
        wanted.addAll(java.util.Arrays.asList(customerColumn, amountColumn, orderColumn,
                derived ? dateColumn : null));
        CustomerSql.requireColumns(c, table, wanted);

        List<String> names = derived ? List.of(TOTAL_SPEND, ORDERS, AVERAGE_ORDER_VALUE, RECENCY_DAYS) : features;
        String sql = sql(c.dialect(), table, customerColumn, dateColumn, amountColumn, orderColumn, features, dims, derived,
                CustomerSql.storageRowNumber(c, table), dimensionSample);

        List<String> ids = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<Double> measure = new ArrayList<>();
        List<List<String>> dimValues = new ArrayList<>();
        for (int d = 0; d < dims.size(); d++) dimValues.add(new ArrayList<>());
        int p = names.size();
        CustomerSql.query(c, "customer features", sql, rs -> {
            ids.add(rs.getString(1));
            double[] row = new double[p];
            for (int j = 0; j < p; j++) row[j] = number(rs, 2 + j);
            rows.add(row);
            measure.add(number(rs, 2 + p));
            for (int d = 0; d < dims.size(); d++) {
                String v = rs.getString(3 + p + d);
                dimValues.get(d).add(v == null ? NOT_SAMPLED : v);
            }
        });
        Map<String, List<String>> dimensions = new LinkedHashMap<>();
        for (int d = 0; d < dims.size(); d++) dimensions.put(dims.get(d), dimValues.get(d));
        return new CustomerTable(ids, names, rows.toArray(double[][]::new),
                measure.stream().mapToDouble(Double::doubleValue).toArray(), dimensions);
    }

    private static double number(Rows rs, int column) {
        double v = rs.getDouble(column);
        return rs.wasNull() ? Double.NaN : v;
    }

    /** @param rowNumber the table's row number in storage order ({@link Dialect#storageRowNumber()}), or null */
    static String sql(Dialect sql, String table, String customer, String date, String amount, String order,
                      List<String> features, List<String> dims, boolean derived, String rowNumber, double dimensionSample) {
        boolean sampled = dimensionSample < 1.0;
        String inSample = sql.hashBucket(sql.text(KEY), 1_000_000) + " < " + Math.max(1, Math.round(dimensionSample * 1_000_000));
        // Without a customer column each row is a customer, numbered in storage order where the engine keeps one
        // (stable under parallel scans), else by row_number() (a view).
        String key = given(customer) ? q(customer) : rowNumber != null ? rowNumber : "row_number() OVER ()";
        String where = given(customer) ? " WHERE " + q(customer) + " IS NOT NULL" : "";
        StringBuilder s = new StringBuilder("WITH src AS (SELECT *, ").append(key).append(" AS ").append(KEY)
                .append(" FROM ").append(q(table)).append(where).append(")");
        // exact decimals: sums of doubles depend on the order DuckDB's threads add them (see MetricsEngine.exact)
        String money = given(amount) ? sql.tryCast(q(amount), "DECIMAL(38, 6)") : sql.decimal("NULL", 38, 6);
        String day = given(date) ? "CAST(" + q(date) + " AS DATE)" : null;
        if (derived) {
            String orders = given(order) ? "count(DISTINCT " + q(order) + ")" : "count(*)";
            s.append(", latest AS (SELECT max(").append(day).append(") AS d FROM src)")
                    .append(", agg AS (SELECT ").append(KEY)
                    .append(", ").append(sql.toDouble("sum(" + money + ")")).append(" AS f0")
                    .append(", ").append(orders).append(" AS f1")
                    .append(", ").append(sql.toDouble("sum(" + money + ")")).append(" / nullif(").append(orders).append(", 0) AS f2")
                    .append(", ").append(sql.daysBetween("max(" + day + ")", "(SELECT d FROM latest)")).append(" AS f3")
                    .append(", ").append(sql.toDouble("sum(" + money + ")")).append(" AS measure FROM src GROUP BY ").append(KEY).append(")");
        } else {
            s.append(", agg AS (SELECT ").append(KEY);
            for (int j = 0; j < features.size(); j++) {
                s.append(", ").append(sql.toDouble("avg(" + sql.tryCast(q(features.get(j)), "DECIMAL(38, 6)") + ")")).append(" AS f").append(j);
            }
            s.append(", ").append(sql.toDouble("sum(" + money + ")")).append(" AS measure FROM src GROUP BY ").append(KEY).append(")");
        }
        if (!dims.isEmpty()) {
            // the sampled customers' rows are picked once and shared by every dimension
            s.append(", picked AS ").append(sql.materialized()).append("(SELECT ").append(KEY);
            for (int d = 0; d < dims.size(); d++) s.append(", ").append(sql.text(q(dims.get(d)))).append(" AS v").append(d);
            s.append(" FROM src").append(sampled ? " WHERE " + inSample : "").append(")");
        }
        for (int d = 0; d < dims.size(); d++) {
            String v = "v" + d;
            s.append(", d").append(d).append(" AS (SELECT ").append(KEY).append(", v FROM (SELECT ").append(KEY)
                    .append(", ").append(v).append(" AS v, row_number() OVER (PARTITION BY ").append(KEY)
                    .append(" ORDER BY count(*) DESC, ").append(v).append(") AS rn FROM picked WHERE ")
                    .append(v).append(" IS NOT NULL GROUP BY ").append(KEY).append(", ").append(v)
                    .append(") WHERE rn = 1)");
        }
        int p = derived ? 4 : features.size();
        s.append(" SELECT ").append(sql.text("agg." + KEY));
        for (int j = 0; j < p; j++) s.append(", agg.f").append(j);
        s.append(", agg.measure");
        for (int d = 0; d < dims.size(); d++) {
            String value = "coalesce(d" + d + ".v, '" + MISSING + "')";
            // NULL for a customer outside the sample (read as NOT_SAMPLED): no string to build for most rows
            s.append(", ").append(sampled ? "CASE WHEN " + inSample.replace(KEY, "agg." + KEY) + " THEN " + value
                    + " END" : value);
        }
        s.append(" FROM agg");
        for (int d = 0; d < dims.size(); d++) {
            s.append(" LEFT JOIN d").append(d).append(" USING (").append(KEY).append(")");
        }
        s.append(" ORDER BY agg.").append(KEY);
        return s.toString();
    }
}
