package segbrief.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import segbrief.brief.Continuity;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;

/**
 * Value per customer in every segment: query "per-customer values by segment" groups rows by customer and segment
 * of every dimension at once and gives, per segment, how many customers have a value there, their sum and sum of
 * squares; from these the insight stage tests a segment against the rest without reading a row. Without a
 * customer id every row with a value is a unit. Above {@link MetricsEngine#VALUE_SAMPLE} customers a seeded,
 * hash-chosen sample of about that many is read: the spread of per-customer values is read as well from it as from
 * all of them, and grouping a large file's rows by customer and segment would cost as much as the rest of the brief.
 */
final class CustomerValues {
    private final Engine engine;
    private final Dialect sql;
    private final String view;
    private final BriefSpec spec;
    private final SegmentKeys keys;
    private final String primary;

    /** @param primary the primary measure's exact SQL */
    CustomerValues(Engine engine, String view, BriefSpec spec, SegmentKeys keys, String primary) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.view = view;
        this.spec = spec;
        this.keys = keys;
        this.primary = primary;
    }

    /**
     * Value per customer over all customers (query "value per customer") and in every segment of every dimension
     * (empty without a customer id), in dimension order, then by segment; the segments' from the sample above
     * {@link MetricsEngine#VALUE_SAMPLE} {@code customers} (sizes and sums exact, the variance estimated).
     */
    List<Continuity.Spread> spreads(long customers) {
        if (spec.customerId() == null) return List.of();
        return spreads(bySegment(keys.dims().stream().map(Dim::column).distinct().toList(), customers));
    }

    /** As {@link #spreads(long)}, with the per-segment units of every dimension's column given. */
    List<Continuity.Spread> spreads(Map<String, Map<String, SegmentUnits>> units) {
        if (spec.customerId() == null) return List.of();
        List<Continuity.Spread> out = new ArrayList<>();
        out.add(ValueSpreads.overall(engine, view, spec.customerId().name(), primary));
        for (String c : keys.dims().stream().map(Dim::column).distinct().toList()) {
            new TreeMap<>(units.getOrDefault(c, Map.of())).forEach((segment, u) ->
                    out.add(new Continuity.Spread(c, segment, u.n(), u.mean(), u.variance())));
        }
        return out;
    }

    /** Per segment of each dimension on {@code columns}: the per-customer units, from the sample above the threshold. */
    Map<String, Map<String, SegmentUnits>> bySegment(List<String> columns, long customers) {
        List<Integer> idx = columns.stream().map(keys::indexOf).filter(i -> i >= 0).distinct().toList();
        Map<String, Map<String, SegmentUnits>> out = new LinkedHashMap<>();
        if (idx.isEmpty()) return out;
        String cust = spec.customerId() == null ? null : Sql.id(spec.customerId().name());
        String sample = cust == null || customers <= MetricsEngine.VALUE_SAMPLE ? ""
                : " AND " + sql.hashBucket(cust, 1_000_000) + " < "
                  + Math.max(1, Math.round(1_000_000.0 * MetricsEngine.VALUE_SAMPLE / customers));
        StringBuilder keySql = new StringBuilder();
        List<String> sets = new ArrayList<>();
        List<String> grouping = new ArrayList<>();
        StringBuilder names = new StringBuilder();
        for (int k = 0; k < idx.size(); k++) {
            keySql.append(", (").append(keys.key(idx.get(k))).append(") AS d").append(k);
            sets.add(cust == null ? "(d" + k + ")" : "(c, d" + k + ")");
            grouping.add("d" + k);
            names.append(", d").append(k);
        }
        String gid = sql.groupingId(grouping);
        String groupingSets = String.join(", ", sets);
        String rows = "SELECT " + (cust == null ? "NULL" : cust) + " AS c" + keySql + ", " + primary + " AS v FROM " + view
                + (cust == null ? "" : " WHERE " + cust + " IS NOT NULL" + sample);
        // Exact squares first: cents square to four places, so twelve significant digits often cut a sum of squares
        // at a 5, where a sum of doubles (its last bit moved by the order threads add in) rounds either way from run
        // to run. Sums too large for 38 digits overflow, and are summed as doubles instead.
        String exact = "sum(" + sql.decimal("%1$s", 38, 6) + " * " + sql.decimal("%1$s", 38, 6) + ")";
        String floating = sql.floatSum(sql.toDouble("%1$s") + " * " + sql.toDouble("%1$s"));
        try {
            return read(query(exact, cust, gid, names, rows, groupingSets), idx);
        } catch (EngineException e) {
            if (e.failure() != EngineException.Failure.BAD_VALUE) throw e;
            return read(query(floating, cust, gid, names, rows, groupingSets), idx);
        }
    }

    private static String query(String squares, String cust, String gid, CharSequence names, String rows, String groupingSets) {
        return cust == null
                ? "SELECT " + gid + " AS g" + names + ", count(v), sum(v), " + squares.formatted("v") + " FROM (" + rows
                  + ") GROUP BY GROUPING SETS (" + groupingSets + ")"
                : "SELECT g" + names + ", count(s), sum(s), " + squares.formatted("s") + " FROM (SELECT " + gid + " AS g" + names
                  + ", sum(v) AS s FROM (" + rows + ") GROUP BY GROUPING SETS (" + groupingSets + ")) GROUP BY g" + names;
    }

    private Map<String, Map<String, SegmentUnits>> read(String q, List<Integer> idx) {
        Map<String, Map<String, SegmentUnits>> out = new LinkedHashMap<>();
        int n = idx.size();
        try (Rows r = engine.query("per-customer values by segment", q)) {
            while (r.next()) {
                int k = SegmentKeys.firstGrouped(r.getLong(1), n);
                if (k < 0) continue;
                int i = idx.get(k);
                String seg = keys.segment(i, r.getString(2 + k));
                double sum = r.getDouble(3 + n);
                if (r.wasNull()) sum = 0;
                out.computeIfAbsent(keys.dim(i).column(), x -> new LinkedHashMap<>())
                        .merge(seg, new SegmentUnits(r.getLong(2 + n), sum, MetricsEngine.roundVariance(r.getDouble(4 + n))),
                                SegmentUnits::plus);
            }
        }
        return out;
    }
}
