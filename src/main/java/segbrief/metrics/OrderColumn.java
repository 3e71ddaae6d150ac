package segbrief.metrics;

import static segbrief.metrics.CustomerSql.q;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;

/**
 * The column that numbers orders when the spec names none: "order_id", "Order Number", "InvoiceNo", or Shopify's
 * "Name" when its values are order numbers ("#1001"). With it a customer's purchases are orders, not order lines.
 */
public final class OrderColumn {
    /** Headers that name an order or invoice number, most specific first. */
    private static final List<Pattern> NAMES = List.of(
            Pattern.compile("^(order ?(id|number|no|nr|#)|orderid|ordernumber|bestellnummer)$"),
            Pattern.compile("^(invoice ?(id|number|no|nr)?|invoiceno|transaction ?id)$"),
            Pattern.compile("^order$"));

    private OrderColumn() {}

    /** The view's order column, or null when none is there. */
    public static String find(Engine c, String view) {
        List<String> columns = CustomerSql.columnsOf(c, view);
        for (Pattern p : NAMES) {
            for (String col : columns) if (p.matcher(norm(col)).matches()) return col;
        }
        for (String col : columns) {
            if (norm(col).equals("name") && orderNumbers(c, view, col)) return col;
        }
        return null;
    }

    /** Whether nine values in ten of a "Name" column start with '#', as Shopify numbers its orders. */
    private static boolean orderNumbers(Engine c, String view, String col) {
        long[] counts = new long[2];
        Dialect sql = c.dialect();
        CustomerSql.query(c, "order numbers in " + col, "SELECT count(" + q(col) + "), count(*) FILTER (WHERE "
                + sql.startsWith(sql.text(q(col)), "'#'") + ") FROM " + q(view), rs -> {
            counts[0] = rs.getLong(1);
            counts[1] = rs.getLong(2);
        });
        return counts[0] > 0 && counts[1] >= 0.9 * counts[0];
    }

    static String norm(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[_\\-.]+", " ").strip();
    }
}
