package segbrief.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;

/**
 * The headline figures of a view: query "kpi totals" (sum and mean of every measure), and the customers, orders
 * and totals of the previous period (queries "previous period ...").
 */
final class KpiTotals {
    private final Engine engine;
    private final BriefSpec spec;
    private final Ingested data;
    private final ExactMeasures exact;

    KpiTotals(Engine engine, BriefSpec spec, Ingested data, ExactMeasures exact) {
        this.engine = engine;
        this.spec = spec;
        this.data = data;
        this.exact = exact;
    }

    /** Sum and mean of every measure over {@code view}, in the spec's order. */
    Map<String, Metrics.Totals> totals(String name, String view) {
        StringBuilder q = new StringBuilder("SELECT 1");
        for (var m : spec.measures()) {
            String e = exact.of(m.column().name());
            q.append(", sum(").append(e).append("), avg(").append(e).append(')');
        }
        Map<String, Metrics.Totals> out = new LinkedHashMap<>();
        try (Rows r = engine.query(name, q + " FROM " + view)) {
            r.next();
            int i = 2;
            for (var m : spec.measures()) {
                out.put(m.column().name(), new Metrics.Totals(SegmentSums.num(r, i), SegmentSums.num(r, i + 1)));
                i += 2;
            }
        }
        return out;
    }

    /** Distinct order numbers of a line-item export (0 otherwise): an order of three lines is one transaction. */
    long orders(String name, String view) {
        if (data.orderColumn() == null) return 0;
        return engine.scalar(name, "SELECT count(DISTINCT " + Sql.id(data.orderColumn()) + ") FROM " + view);
    }

    /** Distinct customers of {@code view}, or its rows without a customer id. */
    long customers(String name, String view) {
        if (spec.customerId() == null) return engine.scalar(name, "SELECT count(*) FROM " + view);
        return engine.scalar(name, "SELECT count(DISTINCT " + Sql.id(spec.customerId().name()) + ") FROM " + view);
    }

    /** The previous period's figures, or null for all data, no date column, or no rows before. */
    Metrics.Previous previous(Period period) {
        if (period.isAll() || data.dateColumn() == null) return null;
        String view = PeriodViews.PREVIOUS;
        long rows = engine.scalar("previous period rows", "SELECT count(*) FROM " + view);
        if (rows == 0) return null;
        Period p = Period.parse(PeriodViews.previousLabel(period));
        return new Metrics.Previous(p.label(), rows, customers("previous period customers", view),
                totals("previous period totals", view), orders("previous period order count", view));
    }
}
