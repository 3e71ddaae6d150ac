package segbrief.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.SegmentTable;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/**
 * Distinct customers per value of every keyed expression (dimensions, trend periods) and in all, by the strategy the
 * engine's dialect names ({@link Dialect#distinctCounting()}):
 * <ul>
 * <li>query "distinct customers by segment" / "distinct customers by period": {@code count(DISTINCT customer)} per
 * value of one expression, which any engine runs;</li>
 * <li>query "distinct customers by segment mask" (DuckDB): one pass groups rows by customer and ORs, per
 * expression, the bit of each value the customer has rows in; customers per value are then counts of set bits,
 * read from the few distinct masks, and the customers in all are the groups. DuckDB's DISTINCT costs a pass and a
 * big hash table per expression (10M rows: 0.5 to 1.2 s each). Expressions with more than 63 values keep their own
 * DISTINCT query. The masks are packed side by side into as few 64-bit words as they fit in, one aggregate per word.</li>
 * </ul>
 * Without a customer column every row counts.
 */
final class DistinctCustomers {
    /** Above this many values an expression's customers are counted by its own DISTINCT query, not by bitmask. */
    static final int MASK_BITS = 63;

    private final Engine engine;
    private final Dialect sql;
    private final String view;
    private final String customer;

    /** @param customer the customer column's SQL, or null when every row is a customer */
    DistinctCustomers(Engine engine, String view, String customer) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.view = view;
        this.customer = customer;
    }

    /**
     * Something to count distinct customers by: either {@code sql} gives the value, looked up in the sorted
     * {@code values}, or {@code position} gives the value's 1-based place in {@code values} (NULL when missing).
     */
    record Keyed(String sql, String position, List<String> values) {
        static Keyed byValue(String sql, List<String> sortedValues) {
            return new Keyed(sql, null, sortedValues);
        }

        static Keyed byPosition(String position, List<String> values) {
            return new Keyed(null, position, values);
        }
    }

    /** Distinct customers per value of each keyed expression (in order), and in all. */
    record Counts(List<Map<String, Long>> byKey, long total) {}

    Counts count(List<Keyed> keyed) {
        List<Map<String, Long>> out = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) out.add(new LinkedHashMap<>());
        if (customer == null) return new Counts(out, engine.scalar("customers (rows)", "SELECT count(*) FROM " + view));
        boolean masks = sql.distinctCounting() == Dialect.DistinctCounting.BITMASK;
        List<Integer> masked = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            if (masks && k.values().size() <= MASK_BITS) {
                masked.add(i);
            } else if (k.position() != null) {
                out.get(i).putAll(byPosition(k));
            } else {
                out.get(i).putAll(byValue(k));
            }
        }
        long total = masks ? byMasks(keyed, masked, out) : engine.scalar("distinct customers",
                "SELECT count(DISTINCT " + customer + ") FROM " + view);
        return new Counts(out, total);
    }

    /**
     * Customers per place: distinct (customer, place) pairs, counted by place; integers group cheaper than the
     * values' text (10M rows, 90 months: 0.75 s against 1.3 s).
     */
    private Map<String, Long> byPosition(Keyed k) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Rows r = engine.query("distinct customers by period", """
                SELECT p, count(*) FROM (SELECT DISTINCT %s, %s AS p FROM %s WHERE %s IS NOT NULL) GROUP BY p"""
                .formatted(customer, k.position(), view, customer))) {
            while (r.next()) {
                int p = r.getInt(1);
                String v = r.wasNull() ? SegmentTable.MISSING : p >= 1 && p <= k.values().size() ? k.values().get(p - 1) : null;
                if (v != null) out.put(v, r.getLong(2));
            }
        }
        return out;
    }

    private Map<String, Long> byValue(Keyed k) {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Rows r = engine.query("distinct customers by segment", "SELECT %s AS v, count(DISTINCT %s) FROM %s GROUP BY v"
                .formatted(k.sql(), customer, view))) {
            while (r.next()) out.put(SegmentKeys.label(r.getString(1)), r.getLong(2));
        }
        return out;
    }

    /** The customers of every expression in {@code masked} into {@code out}, in one pass; returns the customers in all. */
    private long byMasks(List<Keyed> keyed, List<Integer> masked, List<Map<String, Long>> out) {
        List<List<String>> bits = new ArrayList<>();
        List<String> teardown = new ArrayList<>();
        List<StringBuilder> words = new ArrayList<>();
        StringBuilder unpack = new StringBuilder();
        int used = 0;
        for (int i : masked) {
            Keyed k = keyed.get(i);
            List<String> values = k.values();
            String position = k.position();
            if (position == null) {
                Dialect.Lookup lookup = sql.lookup("__segbrief_keys_" + i, k.sql(), values);
                for (String s : lookup.setup()) engine.execute("segment value lookup", s);
                teardown.addAll(lookup.teardown());
                position = lookup.position();
            }
            // bit 0: missing; bit k: the k-th value; the mask sits at `used` in the last word
            int width = values.size() + 1;
            if (words.isEmpty() || used + width > 64) {
                words.add(new StringBuilder());
                used = 0;
            }
            StringBuilder word = words.getLast();
            word.append(word.isEmpty() ? "" : " | ").append(sql.maskBit(used + " + COALESCE(" + position + ", 0)"));
            unpack.append(", ").append(sql.maskField("w" + (words.size() - 1), used, width)).append(" AS m").append(i);
            used += width;
            bits.add(values);
        }
        StringBuilder q = new StringBuilder("SELECT ").append(customer);
        for (int w = 0; w < words.size(); w++) q.append(", ").append(sql.maskOr(words.get(w).toString())).append(" AS w").append(w);
        q.append(" FROM ").append(view).append(" WHERE ").append(customer).append(" IS NOT NULL GROUP BY ").append(customer);
        if (!words.isEmpty()) q.insert(0, "SELECT " + unpack.substring(2) + " FROM (").append(')');
        // a brief without dimensions: GROUPING needs a grouped set beside the total
        List<String> maskColumns = masked.isEmpty() ? List.of("m") : masked.stream().map(k -> "m" + k).toList();
        List<String> sets = new ArrayList<>(maskColumns.stream().map(m -> "(" + m + ")").toList());
        sets.add("()");
        String perMask = """
                SELECT %s, %s, count(*) FROM (%s) GROUP BY GROUPING SETS (%s)""".formatted(sql.groupingId(maskColumns),
                String.join(", ", maskColumns), masked.isEmpty() ? "SELECT 0 AS m FROM (" + q + ")" : q, String.join(", ", sets));
        List<long[]> perBit = new ArrayList<>();
        for (int k = 0; k < masked.size(); k++) perBit.add(new long[MASK_BITS + 1]);
        long total = 0;
        int width = Math.max(1, masked.size());
        try (Rows r = engine.query("distinct customers by segment mask", perMask)) {
            while (r.next()) {
                long grouping = r.getLong(1);
                long count = r.getLong(2 + maskColumns.size());
                if (grouping == (1L << width) - 1) {  // the empty set: every customer once
                    total = count;
                    continue;
                }
                for (int k = 0; k < masked.size(); k++) {
                    if ((grouping & (1L << (masked.size() - 1 - k))) != 0) continue;
                    String mask = r.getString(2 + k);  // unsigned: all 64 bits may be in use
                    long m = mask == null ? 0 : Long.parseUnsignedLong(mask);
                    long[] c = perBit.get(k);
                    for (int b = 0; b <= MASK_BITS; b++) if ((m >>> b & 1) != 0) c[b] += count;
                }
            }
        }
        for (String s : teardown) engine.execute("segment value lookup", s);
        for (int k = 0; k < masked.size(); k++) {
            long[] c = perBit.get(k);
            List<String> values = bits.get(k);
            Map<String, Long> target = out.get(masked.get(k));
            if (c[0] > 0) target.put(SegmentTable.MISSING, c[0]);
            for (int v = 0; v < values.size(); v++) target.put(values.get(v), c[v + 1]);
        }
        return total;
    }
}
