package segbrief.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import segbrief.engine.Rows;

/**
 * Shop exports with one row per order line (Shopify, WooCommerce): the order's own fields (e-mail, payment
 * status, paid-at date) are written on its first line only. They are carried to the order's other lines, so every
 * line has its customer and date; amounts are not (an order total on each line would be counted once per line).
 * Orders refunded or still pending are counted and noted.
 */
public final class LineItems {
    private static final Pattern ORDER = Pattern.compile("^(name|order|order ?(number|no|id|name|#)|bestellnummer|bestellung)$");
    private static final Pattern STATUS = Pattern.compile("^(financial status|payment status|status|order status|zahlungsstatus)$");

    private LineItems() {}

    /** Whether a header names a line-item export's order number ("Name" holding #1001 in Shopify's export). */
    public static boolean isOrderColumn(String header) {
        return ORDER.matcher(norm(header)).matches();
    }

    /** Fills the order's fields in on its lines; returns the order-number column, or null when this is not a line-item export. */
    static String fill(DuckDbEngine engine, String table, Map<String, String> columns, List<String> notes) {
        String order = columns.keySet().stream().filter(LineItems::isOrderColumn).findFirst().orElse(null);
        if (order == null || !columns.get(order).equals("VARCHAR")) return null;
        String o = Sql.id(order);
        try (Rows r = engine.query("line items: order numbers", "SELECT count(*), count(DISTINCT " + o
                + "), count(*) FILTER (WHERE starts_with(" + o + ", '#')) FROM " + table + " WHERE " + o + " IS NOT NULL")) {
            r.next();
            // an order number repeated over its lines; "#1001" or a name column that is not a person's name
            if (r.getLong(2) == r.getLong(1) || r.getLong(3) < 0.9 * r.getLong(1)) return null;
        }
        List<String> filled = new ArrayList<>();
        for (var e : columns.entrySet()) {
            String c = e.getKey();
            if (c.equals(order) || DuckDbSource.isNumericType(e.getValue())) continue;
            String q = Sql.id(c);
            try (Rows r = engine.query("line items: order fields in " + c, "SELECT count(*) FILTER (WHERE d > 1), count(*) FILTER (WHERE d = 1 AND n < l) FROM "
                    + "(SELECT count(DISTINCT " + q + ") AS d, count(" + q + ") AS n, count(*) AS l FROM " + table + " WHERE " + o
                    + " IS NOT NULL GROUP BY " + o + ")")) {
                r.next();
                if (r.getLong(1) > 0 || r.getLong(2) == 0) continue;  // a line field, or nothing to carry
            }
            engine.execute("line items: carry " + c, "UPDATE " + table + " SET " + q + " = f.v FROM (SELECT " + o + " AS k, any_value(" + q + ") AS v FROM " + table
                    + " GROUP BY " + o + ") f WHERE " + table + "." + o + " = f.k AND " + table + "." + q + " IS NULL AND f.v IS NOT NULL");
            if (!c.startsWith("__")) filled.add(c);
        }
        if (!filled.isEmpty()) {
            notes.add("One row per order line (orders numbered in \"" + order + "\"): the order's own fields were carried from its first "
                    + "line to the others: " + String.join(", ", filled));
        }
        String status = columns.keySet().stream().filter(c -> STATUS.matcher(norm(c)).matches()).findFirst().orElse(null);
        if (status == null) return order;
        String s = "lower(" + Sql.id(status) + ")";
        try (Rows r = engine.query("line items: order status", "SELECT count(DISTINCT " + o + ") FILTER (WHERE " + s + " LIKE '%refund%'), count(DISTINCT "
                + o + ") FILTER (WHERE " + s + " IN ('pending', 'authorized', 'unpaid', 'partially_paid', 'partially paid')), count(DISTINCT "
                + o + ") FROM " + table)) {
            r.next();
            if (r.getLong(1) + r.getLong(2) > 0) {
                notes.add(String.format(Locale.ROOT, "Of %,d orders, %,d are refunded and %,d not yet paid (\"%s\"); they are counted as "
                        + "sold: filter them out to see paid orders only", r.getLong(3), r.getLong(1), r.getLong(2), status));
            }
        }
        return order;
    }

    private static String norm(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
    }
}
