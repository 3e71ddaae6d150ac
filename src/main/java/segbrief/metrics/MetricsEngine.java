package segbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality.ColumnProfile;
import segbrief.brief.Formats;
import segbrief.brief.SegmentTable;
import segbrief.brief.SegmentTable.Row;
import segbrief.brief.SegmentTable.Stats;
import segbrief.brief.Trend;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.Col;

/**
 * Every figure of a brief as SQL over the ingested table: KPIs, one segment table per dimension and bin, cross-tabs,
 * trends, distributions and the column profile. Segment tables and cross-tabs come from one GROUPING SETS pass.
 */
public final class MetricsEngine {
    public static final String VIEW = "facts";
    private static final String PREVIOUS = "facts_previous";

    private final Engine engine;
    private final Dialect sql;
    private final Ingested data;
    private final BriefSpec spec;
    private final Period period;
    private final Formats formats;
    private final List<Dim> dims = new ArrayList<>();
    /** Per dimension, its branches when the segment passes group it by branch number (see {@link #key(int)}). */
    private final List<java.util.Optional<Dim.Case>> numbered = new ArrayList<>();
    /** Exact distinct values per measure column, counted for the medians and reused by the profile. */
    private final Map<String, Long> measureDistinct = new LinkedHashMap<>();
    private java.util.function.Consumer<String> mark = name -> { };

    public MetricsEngine(Engine engine, Ingested data, BriefSpec spec, Period period, Formats formats) {
        this.engine = engine;
        this.sql = engine.dialect();
        this.data = data;
        this.spec = spec;
        this.period = period;
        this.formats = formats;
    }

    /** Called with a sub-stage's name as each one ends, for --timings. */
    public MetricsEngine onStage(java.util.function.Consumer<String> mark) {
        this.mark = mark;
        return this;
    }

    public Metrics compute() {
        createViews();
        long rows = engine.scalar("period rows", "SELECT count(*) FROM " + VIEW);
        {
            if (rows == 0) {
                String span = "";
                if (!period.isAll()) {
                    try (Rows r = engine.query("data span", "SELECT min(" + data.dateColumn() + "), max(" + data.dateColumn() + ") FROM " + data.table())) {
                        if (r.next() && r.getObject(1) != null) span = ": the data runs from " + r.getObject(1) + " to " + r.getObject(2);
                    }
                }
                throw new segbrief.UserError(segbrief.UserError.Kind.DATA, spec.origin(),
                        "no rows" + (period.isAll() ? "" : " in period " + period.label()),
                        period.isAll() ? "the data file has a header but no data" : "choose a period the data covers" + span);
            }
            LocalDate from = null;
            LocalDate to = null;
            if (data.dateColumn() != null) {
                try (Rows r = engine.query("period span", "SELECT min(" + data.dateColumn() + "), max(" + data.dateColumn() + ") FROM " + VIEW)) {
                    r.next();
                    from = r.getDate(1);
                    to = r.getDate(2);
                }
            }
            Map<String, Metrics.Totals> totals = totals("kpi totals", VIEW);
            Metrics.Previous previous = previous();
            mark.accept("kpis");
            buildDims();
            List<SegmentTable> segments = new ArrayList<>();
            List<CrossTab> crossTabs = new ArrayList<>();
            Map<String, List<PeriodSum>> periods = trendSums(from, to);
            List<Keyed> periodKeys = periods.entrySet().stream().map(e -> periodKey(e.getKey(), e.getValue())).toList();
            CustomerCounts counts = groupingSets(totals, segments, crossTabs, periodKeys);
            long customers = counts.total();
            List<Trend> trends = trends(periods, counts.byKey().subList(dims.size(), counts.byKey().size()));
            mark.accept("trends");
            var distributions = new Distributions(engine, VIEW).compute(distributionColumns(), distributionBy());
            mark.accept("distributions");
            List<ColumnProfile> columns = profile(segments, customers);
            mark.accept("profile");
            return new Metrics(period, from, to, rows, customers, totals, previous, segments, crossTabs, trends,
                    distributions, columns, associations, orders("order count", VIEW));
        }
    }

    /** Rows, customers and primary-measure sum of the segment where every given column has the given value. */
    public Focus focus(Map<String, String> segmentByColumn) {
        StringBuilder where = new StringBuilder("TRUE");
        for (var e : segmentByColumn.entrySet()) {
            Dim d = dim(e.getKey());
            where.append(" AND ");
            where.append(SegmentTable.MISSING.equals(e.getValue()) ? "(" + d.sql() + ") IS NULL"
                    : "(" + d.sql() + ") = " + Sql.str(e.getValue()));
        }
        String cust = spec.customerId() == null ? "count(*)" : "count(DISTINCT " + Sql.id(spec.customerId().name()) + ")";
        try (Rows r = engine.query("focus segment", "SELECT count(*), " + cust + ", COALESCE(sum(" + exact(spec.primary().column().name()) + "), 0) FROM " + VIEW + " WHERE " + where)) {
            r.next();
            return new Focus(r.getLong(1), r.getLong(2), r.getDouble(3));
        }
    }

    public record Focus(long rows, long customers, double sum) {}

    /** Above this many customers the per-customer values are read from a seeded, hash-chosen sample of about as many. */
    public static final long VALUE_SAMPLE = 100_000;

    /**
     * Value per customer over all customers and in every segment of every dimension (empty without a customer id),
     * in dimension order, then by segment. Above {@link #VALUE_SAMPLE} {@code customers} the segments' spreads come from
     * the same hash-chosen sample as the claims' (sizes and sums exact, the variance estimated): grouping every row by
     * customer and segment cost more than the rest of the archive step on large inputs.
     */
    public List<segbrief.brief.Continuity.Spread> spreads(long customers) {
        if (spec.customerId() == null) return List.of();
        List<segbrief.brief.Continuity.Spread> out = new ArrayList<>();
        out.add(ValueSpreads.overall(engine, VIEW, spec.customerId().name(), exact(spec.primary().column().name())));
        List<String> columns = dims.stream().map(Dim::column).distinct().toList();
        Map<String, Map<String, SegmentUnits>> units = valuesPerCustomer(columns, customers);
        for (String c : columns) {
            new java.util.TreeMap<>(units.getOrDefault(c, Map.of())).forEach((segment, u) ->
                    out.add(new segbrief.brief.Continuity.Spread(c, segment, u.n(), u.mean(), u.variance())));
        }
        return out;
    }

    /**
     * Per segment of each given dimension (by column), the per-customer sums of the primary measure: how many
     * customers have a value in the segment, their sum and sum of squares. One pass groups rows by customer and
     * segment of every dimension at once; without a customer id every row with a value is a unit. Above
     * {@link #VALUE_SAMPLE} customers (when given), a hash-chosen sample of about that many customers is read.
     */
    public Map<String, Map<String, SegmentUnits>> valuesPerCustomer(List<String> columns) {
        return valuesPerCustomer(columns, 0);
    }

    /** As {@link #valuesPerCustomer(List)}, read from a sample when {@code customers} is above {@link #VALUE_SAMPLE}. */
    public Map<String, Map<String, SegmentUnits>> valuesPerCustomer(List<String> columns, long customers) {
        List<Integer> idx = columns.stream().map(this::indexOf).filter(i -> i >= 0).distinct().toList();
        Map<String, Map<String, SegmentUnits>> out = new LinkedHashMap<>();
        if (idx.isEmpty()) return out;
        // the spread of per-customer values is read as well from a hash-chosen sample of customers as from all of them;
        // grouping a large file's rows by customer and segment would cost as much as the rest of the brief
        String sample = spec.customerId() == null || customers <= VALUE_SAMPLE ? ""
                : " AND " + sql.hashBucket(Sql.id(spec.customerId().name()), 1_000_000) + " < "
                  + Math.max(1, Math.round(1_000_000.0 * VALUE_SAMPLE / customers));
        {
            String m = exact(spec.primary().column().name());
            StringBuilder keys = new StringBuilder();
            StringBuilder sets = new StringBuilder();
            List<String> grouping = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            String cust = spec.customerId() == null ? null : Sql.id(spec.customerId().name());
            for (int k = 0; k < idx.size(); k++) {
                int i = idx.get(k);
                keys.append(", (").append(key(i)).append(") AS d").append(k);
                sets.append(k > 0 ? ", " : "").append(cust == null ? "(d" + k + ")" : "(c, d" + k + ")");
                grouping.add("d" + k);
                names.append(", d").append(k);
            }
            String gid = sql.groupingId(grouping);
            String rows = "SELECT " + (cust == null ? "NULL" : cust) + " AS c" + keys + ", " + m + " AS v FROM " + VIEW
                    + (cust == null ? "" : " WHERE " + cust + " IS NOT NULL" + sample);
            String units = cust == null
                    ? "SELECT " + gid + " AS g" + names + ", v AS s FROM (" + rows + ")"
                    : "SELECT " + gid + " AS g" + names + ", sum(v) AS s FROM (" + rows + ") GROUP BY GROUPING SETS (" + sets + ")";
            String q = cust == null
                    ? "SELECT " + gid + " AS g" + names + ", count(v), sum(v), sum(" + sql.toDouble("v") + " * " + sql.toDouble("v") + ") FROM ("
                    + rows + ") GROUP BY GROUPING SETS (" + sets + ")"
                    : "SELECT g" + names + ", count(s), sum(s), sum(" + sql.toDouble("s") + " * " + sql.toDouble("s") + ") FROM (" + units + ") GROUP BY g" + names;
            int n = idx.size();
            try (Rows r = engine.query("per-customer values by segment", q)) {
                while (r.next()) {
                    long g = r.getLong(1);
                    int k = 0;
                    while (k < n && (g & (1L << (n - 1 - k))) != 0) k++;
                    if (k == n) continue;
                    int i = idx.get(k);
                    String seg = segment(i, r.getString(2 + k));
                    double sum = r.getDouble(3 + n);
                    if (r.wasNull()) sum = 0;
                    out.computeIfAbsent(dims.get(i).column(), x -> new LinkedHashMap<>())
                            .merge(seg, new SegmentUnits(r.getLong(2 + n), sum, roundVariance(r.getDouble(4 + n))), SegmentUnits::plus);
                }
            }
        }
        return out;
    }

    private Dim dim(String column) {
        return dims.stream().filter(d -> d.column().equals(column)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no dimension " + column));
    }

    private void createViews() {
        String base = "SELECT " + data.projection() + " FROM " + data.table();
        if (period.isAll() || data.dateColumn() == null) {
            if (!period.isAll()) {
                throw new segbrief.UserError(segbrief.UserError.Kind.USAGE, "--period " + period.label(),
                        "the spec has no date column to filter by", "add date: <column> to the spec");
            }
            engine.execute("period view", sql.createView(VIEW, base));
            return;
        }
        if (data.yearsOnly() && !"year".equals(period.grain())) {
            throw new segbrief.UserError(segbrief.UserError.Kind.USAGE, "--period " + period.label(),
                    "the date column holds years only", "use a year, e.g. --period 2023");
        }
        String d = data.dateColumn();
        engine.execute("period view", sql.createView(VIEW, base + " WHERE " + d + " >= DATE '" + period.start()
                + "' AND " + d + " < DATE '" + period.end() + "'"));
        engine.execute("previous period view", sql.createView(PREVIOUS, base + " WHERE " + d + " >= DATE '" + period.previousStart()
                + "' AND " + d + " < DATE '" + period.start() + "'"));
    }

    private Metrics.Previous previous() {
        if (period.isAll() || data.dateColumn() == null) return null;
        long rows = engine.scalar("previous period rows", "SELECT count(*) FROM " + PREVIOUS);
        if (rows == 0) return null;
        Period p = Period.parse(previousLabel());
        return new Metrics.Previous(p.label(), rows, customers("previous period customers", PREVIOUS),
                totals("previous period totals", PREVIOUS), orders("previous period order count", PREVIOUS));
    }

    private String previousLabel() {
        LocalDate s = period.previousStart();
        return switch (period.grain()) {
            case "year" -> String.valueOf(s.getYear());
            case "quarter" -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
            default -> String.format("%d-%02d", s.getYear(), s.getMonthValue());
        };
    }

    /** Distinct order numbers of a line-item export (0 otherwise): an order of three lines is one transaction. */
    private long orders(String name, String view) {
        if (data.orderColumn() == null) return 0;
        return engine.scalar(name, "SELECT count(DISTINCT " + Sql.id(data.orderColumn()) + ") FROM " + view);
    }

    private long customers(String name, String view) {
        if (spec.customerId() == null) return engine.scalar(name, "SELECT count(*) FROM " + view);
        return engine.scalar(name, "SELECT count(DISTINCT " + Sql.id(spec.customerId().name()) + ") FROM " + view);
    }

    private Map<String, Metrics.Totals> totals(String name, String view) {
        StringBuilder q = new StringBuilder("SELECT 1");
        for (var m : spec.measures()) {
            String e = exact(m.column().name());
            q.append(", sum(").append(e).append("), avg(").append(e).append(')');
        }
        Map<String, Metrics.Totals> out = new LinkedHashMap<>();
        try (Rows r = engine.query(name, q + " FROM " + view)) {
            r.next();
            int i = 2;
            for (var m : spec.measures()) {
                out.put(m.column().name(), new Metrics.Totals(num(r, i), num(r, i + 1)));
                i += 2;
            }
        }
        return out;
    }

    private void buildDims() {
        Set<String> done = new LinkedHashSet<>();
        for (var d : spec.dimensions()) {
            if (done.add(d.column().name())) {
                dims.add(new Dim(d.column().name(), d.label(), sql.text(Sql.id(d.column().name())), false, List.of(), null));
            }
        }
        for (var b : spec.bins()) {
            if (done.add(b.column().name())) {
                dims.add(Bins.dim(b, engine, VIEW, spec.customerId() == null ? null : spec.customerId().name(), formats));
            }
        }
        for (Dim d : dims) {
            Dim.Case c = d.branches();
            boolean distinctLabels = c != null && new java.util.HashSet<>(c.branchLabels()).size() == c.branchLabels().size();
            numbered.add(java.util.Optional.ofNullable(distinctLabels ? c : null));
        }
    }

    /**
     * Every segment table and cross-tab: sums, means and counts in one GROUPING SETS pass, then customers and medians.
     * Returns the customer counts by every dimension (in order), then by each of {@code extra}, and in all.
     */
    private CustomerCounts groupingSets(Map<String, Metrics.Totals> totals, List<SegmentTable> segments,
                                        List<CrossTab> crossTabs, List<Keyed> extra) {
        if (dims.isEmpty()) return customerCounts(extra);
        List<int[]> pairs = crossTabPairs();
        int n = dims.size();
        StringBuilder inner = new StringBuilder("SELECT ");
        for (int i = 0; i < n; i++) inner.append("(").append(key(i)).append(") AS d").append(i).append(", ");
        inner.append(spec.customerId() == null ? "NULL" : Sql.id(spec.customerId().name())).append(" AS cust");
        for (int j = 0; j < spec.measures().size(); j++) {
            inner.append(", ").append(exact(spec.measures().get(j).column().name())).append(" AS m").append(j);
        }
        inner.append(" FROM ").append(VIEW);
        StringBuilder q = new StringBuilder("SELECT ").append(sql.groupingId(dimColumns())).append(" AS g");
        for (int i = 0; i < n; i++) q.append(", d").append(i);
        q.append(", count(*) AS n");
        for (int j = 0; j < spec.measures().size(); j++) q.append(", sum(m").append(j).append("), avg(m").append(j).append(')');
        // values (blanks left out) of every measure, and the primary's variance for the tests of the claims
        int pm = primaryIndex();
        for (int j = 0; j < spec.measures().size(); j++) q.append(", count(m").append(j).append(')');
        q.append(", var_samp(m").append(pm).append(')');
        q.append(" FROM (").append(inner).append(") GROUP BY GROUPING SETS (");
        for (int i = 0; i < n; i++) q.append(i > 0 ? ", " : "").append("(d").append(i).append(')');
        for (int[] p : pairs) q.append(", (d").append(p[0]).append(", d").append(p[1]).append(')');
        List<int[]> associated = associationPairs(pairs);
        for (int[] p : associated) q.append(", (d").append(p[0]).append(", d").append(p[1]).append(')');
        q.append(')');

        // Sums, means and counts for every dimension and pair in one pass; distinct customers and medians are
        // holistic (no partial results to combine), and DuckDB computes them far faster one dimension at a time
        // than inside GROUPING SETS (10M rows: 19 s together, about 1 s per dimension).
        int measures = spec.measures().size();
        Map<Integer, Map<String, double[]>> partial = new LinkedHashMap<>();
        Map<Long, Map<List<String>, double[]>> cells = new LinkedHashMap<>();
        try (Rows r = engine.query("segment sums", q.toString())) {
            while (r.next()) {
                long g = r.getLong(1);
                List<Integer> grouped = new ArrayList<>();
                for (int i = 0; i < n; i++) if ((g & (1L << (n - 1 - i))) == 0) grouped.add(i);
                int base = 2 + n;
                long count = r.getLong(base);
                int valuesAt = base + 1 + 2 * measures;
                double variance = roundVariance(num(r, valuesAt + measures));
                if (grouped.size() == 1) {
                    int i = grouped.getFirst();
                    double[] v = new double[2 + 3 * measures];
                    v[0] = count;
                    for (int j = 0; j < measures; j++) {
                        v[1 + 2 * j] = num(r, base + 1 + 2 * j);
                        v[2 + 2 * j] = num(r, base + 2 + 2 * j);
                        v[1 + 2 * measures + j] = r.getLong(valuesAt + j);
                    }
                    v[1 + 3 * measures] = variance;
                    partial.computeIfAbsent(i, k -> new LinkedHashMap<>()).put(segment(i, r.getString(2 + i)), v);
                } else if (grouped.size() == 2) {
                    long key = ((long) grouped.get(0) << 32) | grouped.get(1);
                    List<String> k = List.of(segment(grouped.get(0), r.getString(2 + grouped.get(0))),
                            segment(grouped.get(1), r.getString(2 + grouped.get(1))));
                    cells.computeIfAbsent(key, x -> new LinkedHashMap<>()).put(k, new double[]{num(r, base + 1 + 2 * pm), count,
                            r.getLong(valuesAt + pm), variance});
                }
            }
        }
        mark.accept("segment sums");
        List<Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<String> values = new ArrayList<>(partial.getOrDefault(i, Map.of()).keySet());
            values.remove(SegmentTable.MISSING);
            values.sort(String::compareTo);
            Dim.Case branches = numbered(i);
            if (branches != null) {
                // bins: customers per branch, its number found by arithmetic (no label text made and looked up per
                // row); branches without rows count none
                keyed.add(Keyed.byPosition(branches.branchSql(sql), branches.branchLabels()));
            } else {
                keyed.add(Keyed.byValue(dims.get(i).sql(), values));
            }
        }
        keyed.addAll(extra);
        CustomerCounts counts = customerCounts(keyed);
        mark.accept("segment customers");
        Map<Integer, Map<String, double[]>> medians = medians(inner.toString(), partial);
        mark.accept("segment medians");
        Map<Integer, List<Row>> rowsByDim = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            List<Row> rows = new ArrayList<>();
            for (var e : partial.getOrDefault(i, Map.of()).entrySet()) {
                String seg = e.getKey();
                double[] v = e.getValue();
                double[] med = medians.get(i).get(seg);
                Map<String, Stats> stats = new LinkedHashMap<>();
                for (int j = 0; j < measures; j++) {
                    String m = spec.measures().get(j).column().name();
                    double total = totals.get(m).sum();
                    double sum = v[1 + 2 * j];
                    stats.put(m, new Stats(sum, v[2 + 2 * j], med[j], total == 0 ? Double.NaN : sum / total,
                            (long) v[1 + 2 * measures + j], j == primaryIndex() ? v[1 + 3 * measures] : Double.NaN));
                }
                long cust = spec.customerId() == null ? (long) v[0] : counts.byKey().get(i).getOrDefault(seg, 0L);
                rows.add(new Row(seg, (long) v[0], cust, stats));
            }
            rowsByDim.put(i, rows);
        }
        String primary = spec.primary().column().name();
        for (int i = 0; i < n; i++) {
            Dim d = dims.get(i);
            List<Row> rows = new ArrayList<>(rowsByDim.getOrDefault(i, List.of()));
            rows.sort(order(d, primary));
            segments.add(new SegmentTable(d.label(), d.column(), d.binned(), rows, null));
        }
        for (int[] p : pairs) {
            int lo = Math.min(p[0], p[1]);
            int hi = Math.max(p[0], p[1]);
            Map<List<String>, double[]> byPair = cells.getOrDefault(((long) lo << 32) | hi, Map.of());
            if (p[0] > p[1]) {
                Map<List<String>, double[]> swapped = new LinkedHashMap<>();
                byPair.forEach((k, v) -> swapped.put(List.of(k.get(1), k.get(0)), v));
                byPair = swapped;
            }
            crossTabs.add(crossTab(dims.get(p[0]), dims.get(p[1]), byPair, segments.get(p[0]), segments.get(p[1])));
        }
        for (int[] p : associated) {
            Map<List<String>, double[]> byPair = cells.getOrDefault(((long) p[0] << 32) | p[1], Map.of());
            associations.add(crossTab(dims.get(p[0]), dims.get(p[1]), byPair, segments.get(p[0]), segments.get(p[1])));
        }
        for (int[] p : pairs) {
            if (questioned(p[0]) && questioned(p[1])) associations.add(crossTabs.get(pairs.indexOf(p)));
        }
        return counts;
    }

    private final List<CrossTab> associations = new ArrayList<>();

    private boolean questioned(int i) {
        return spec.questions().stream().anyMatch(q -> !q.isTrend() && q.dimension().name().equals(dims.get(i).column()));
    }

    /** Every pair (i < j) of questioned dimensions that no cross-tab groups already: one grouping set each. */
    private List<int[]> associationPairs(List<int[]> pairs) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) {
            for (int j = i + 1; j < dims.size(); j++) {
                int a = i;
                int b = j;
                boolean done = pairs.stream().anyMatch(p -> (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a));
                if (!done && questioned(i) && questioned(j)) out.add(new int[]{i, j});
            }
        }
        return out;
    }

    private final Map<String, String> exactSql = new java.util.HashMap<>();

    /**
     * A measure as exact decimals for sums and means. DuckDB adds floating-point values in whatever order its threads
     * finish, so a sum of doubles can differ in its last digits from run to run (the grocery brief's totals did);
     * decimals add exactly, in any order. Six decimal places; 64-bit decimals when every value fits (as fast as
     * doubles), 128-bit otherwise. Integer and decimal columns are exact already and pass through.
     */
    private String exact(String column) {
        String known = exactSql.get(column);
        if (known != null) return known;
        String c = Sql.id(column);
        String type = data.columns().getOrDefault(column, "");
        String exact = c;
        if (type.equals("DOUBLE") || type.equals("FLOAT") || type.equals("REAL")) {
            double max;
            // over every row, not just the period's: the previous period is summed the same way
            try (Rows r = engine.query("largest value of " + column, "SELECT max(abs(" + c + ")) FROM " + data.table())) {
                r.next();
                max = r.getDouble(1);
            }
            exact = this.sql.decimal(c, max < 1e11 ? 18 : 38, 6);
        }
        exactSql.put(column, exact);
        return exact;
    }

    /** Above this many segments a dimension's customers are counted by its own DISTINCT query, not by bitmask. */
    private static final int MASK_BITS = 63;
    /** A measure with at most this many distinct values gets its medians from value counts, not by sorting. */
    private static final int DISCRETE_VALUES = 512;

    /**
     * Something to count distinct customers by: either {@code sql} gives the value, looked up in the sorted
     * {@code values}, or {@code position} gives the value's 1-based place in {@code values} (NULL when missing).
     */
    private record Keyed(String sql, String position, List<String> values) {
        static Keyed byValue(String sql, List<String> sortedValues) {
            return new Keyed(sql, null, sortedValues);
        }

        static Keyed byPosition(String position, List<String> values) {
            return new Keyed(null, position, values);
        }
    }

    /** Distinct customers per value of each keyed expression (in order), and in all. */
    private record CustomerCounts(List<Map<String, Long>> byKey, long total) {}

    /**
     * Distinct customers per value of every keyed expression (dimensions, trend periods) and in all. DuckDB's
     * DISTINCT aggregate costs a pass and a big hash table per expression (10M rows: 0.5 to 1.2 s each); instead one
     * pass groups rows by customer and ORs, per expression, the bit of each value the customer has rows in. Customers
     * per value are then counts of set bits, read from the few distinct masks; the customers in all are the groups.
     * Expressions with more than 63 values keep their own DISTINCT query. Without a customer column every row counts.
     * <p>The expressions' masks are packed side by side into as few 64-bit words as they fit in, one aggregate per
     * word: each aggregate updates its own state in a hash table of a million customers (10M rows, ten masks in two
     * words: 3.8 s against 4.1 s; most of the rest is finding each text value's bit).
     */
    private CustomerCounts customerCounts(List<Keyed> keyed) {
        List<Map<String, Long>> out = new ArrayList<>();
        for (int i = 0; i < keyed.size(); i++) out.add(new LinkedHashMap<>());
        if (spec.customerId() == null) return new CustomerCounts(out, engine.scalar("customers (rows)", "SELECT count(*) FROM " + VIEW));
        String cust = Sql.id(spec.customerId().name());
        List<Integer> masked = new ArrayList<>();
        List<List<String>> bits = new ArrayList<>();
        List<String> teardown = new ArrayList<>();
        StringBuilder q = new StringBuilder("SELECT ").append(cust);
        List<StringBuilder> words = new ArrayList<>();
        StringBuilder unpack = new StringBuilder();
        int used = 0;
        for (int i = 0; i < keyed.size(); i++) {
            Keyed k = keyed.get(i);
            if (k.values().size() > MASK_BITS || sql.distinctCounting() == Dialect.DistinctCounting.PER_KEY) {
                if (k.position() != null) {
                    // a value's place is known (trend periods): distinct (customer, place) pairs, counted by place;
                    // integers group cheaper than the values' text (10M rows, 90 months: 0.75 s against 1.3 s)
                    try (Rows r = engine.query("distinct customers by period", "SELECT p, count(*) FROM (SELECT DISTINCT " + cust + ", "
                            + k.position() + " AS p FROM " + VIEW + " WHERE " + cust + " IS NOT NULL) GROUP BY p")) {
                        while (r.next()) {
                            int p = r.getInt(1);
                            String v = r.wasNull() ? SegmentTable.MISSING : p >= 1 && p <= k.values().size() ? k.values().get(p - 1) : null;
                            if (v != null) out.get(i).put(v, r.getLong(2));
                        }
                    }
                    continue;
                }
                try (Rows r = engine.query("distinct customers by segment", "SELECT " + k.sql() + " AS v, count(DISTINCT " + cust + ") FROM " + VIEW
                        + " GROUP BY v")) {
                    while (r.next()) out.get(i).put(label(r.getString(1)), r.getLong(2));
                }
                continue;
            }
            List<String> values = k.values();
            String position = k.position();
            if (position == null && values.isEmpty()) position = "NULL";
            if (position == null) {
                Dialect.Lookup lookup = sql.lookup("__segbrief_keys_" + i, k.sql(), values);
                for (String s : lookup.setup()) engine.execute("segment value lookup", s);
                teardown.addAll(lookup.teardown());
                position = lookup.position();
            }
            // bit 0: missing; bit k: the k-th value; the mask sits at `offset` in word `words.size() - 1`
            int width = values.size() + 1;
            if (words.isEmpty() || used + width > 64) {
                words.add(new StringBuilder());
                used = 0;
            }
            StringBuilder word = words.getLast();
            word.append(word.isEmpty() ? "" : " | ").append(sql.maskBit(used + " + COALESCE(" + position + ", 0)"));
            unpack.append(", ").append(sql.maskField("w" + (words.size() - 1), used, width)).append(" AS m").append(i);
            used += width;
            masked.add(i);
            bits.add(values);
        }
        for (int w = 0; w < words.size(); w++) q.append(", ").append(sql.maskOr(words.get(w).toString())).append(" AS w").append(w);
        q.append(" FROM ").append(VIEW).append(" WHERE ").append(cust).append(" IS NOT NULL GROUP BY ").append(cust);
        if (!words.isEmpty()) q.insert(0, "SELECT " + unpack.substring(2) + " FROM (").append(')');
        List<String> maskColumns = masked.isEmpty() ? List.of("m") : masked.stream().map(k -> "m" + k).toList();
        StringBuilder g = new StringBuilder("SELECT ").append(sql.groupingId(maskColumns));
        for (int i : masked) g.append(", m").append(i);
        g.append(", count(*) FROM (").append(masked.isEmpty() ? "SELECT 0 AS m FROM (" + q + ")" : q)
                .append(") GROUP BY GROUPING SETS (");
        for (int k = 0; k < masked.size(); k++) g.append("(m").append(masked.get(k)).append("), ");
        if (masked.isEmpty()) g.append("(m), ");  // a brief without dimensions: GROUPING needs a grouped set beside the total
        g.append("())");
        List<long[]> perBit = new ArrayList<>();
        for (int k = 0; k < masked.size(); k++) perBit.add(new long[MASK_BITS + 1]);
        long total = 0;
        int width = Math.max(1, masked.size());
        try (Rows r = engine.query("distinct customers by segment mask", g.toString())) {
            while (r.next()) {
                long grouping = r.getLong(1);
                long count = r.getLong(2 + masked.size());
                if (grouping == (1L << width) - 1) {  // the empty set: every customer once
                    total = count;
                    continue;
                }
                for (int k = 0; k < masked.size(); k++) {
                    if ((grouping & (1L << (masked.size() - 1 - k))) != 0) continue;
                    String mask = r.getString(2 + k);  // UBIGINT: all 64 bits may be in use
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
        return new CustomerCounts(out, total);
    }

    /**
     * Medians of every measure per segment, as DuckDB's median (the mean of the two middle values when the count is
     * even). A measure with few distinct values (counts, ratings) gets them from value counts per segment, all
     * dimensions in one GROUPING SETS pass; other measures are sorted per dimension.
     */
    private Map<Integer, Map<String, double[]>> medians(String inner, Map<Integer, Map<String, double[]>> partial) {
        int n = dims.size();
        int measures = spec.measures().size();
        Map<Integer, Map<String, double[]>> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, double[]> m = new LinkedHashMap<>();
            for (String seg : partial.getOrDefault(i, Map.of()).keySet()) {
                double[] nan = new double[measures];
                java.util.Arrays.fill(nan, Double.NaN);
                m.put(seg, nan);
            }
            out.put(i, m);
        }
        long segments = partial.values().stream().mapToLong(Map::size).sum();
        List<Integer> discrete = new ArrayList<>();
        List<Integer> continuous = new ArrayList<>();
        StringBuilder dq = new StringBuilder("SELECT 0");
        for (int j = 0; j < measures; j++) dq.append(", count(DISTINCT m").append(j).append(')');
        try (Rows r = engine.query("distinct measure values", dq + " FROM (" + inner + ")")) {
            r.next();
            long[] distinct = new long[measures];
            for (int j = 0; j < measures; j++) {
                distinct[j] = r.getLong(2 + j);
                measureDistinct.put(spec.measures().get(j).column().name(), distinct[j]);
            }
            // fewest values first, while the value combinations per segment stay small enough to count
            List<Integer> byValues = new ArrayList<>();
            for (int j = 0; j < measures; j++) byValues.add(j);
            byValues.sort(Comparator.comparingLong((Integer j) -> distinct[j]).thenComparingInt(j -> j));
            long combinations = Math.max(1, segments);
            for (int j : byValues) {
                long values = distinct[j] + 1;  // and missing
                if (distinct[j] <= DISCRETE_VALUES && combinations * values <= 500_000) {
                    discrete.add(j);
                    combinations *= values;
                } else {
                    continuous.add(j);
                }
            }
            discrete.sort(Integer::compare);
            continuous.sort(Integer::compare);
        }
        if (!discrete.isEmpty()) {
            // value counts per segment of every dimension, all few-valued measures at once:
            // GROUPING SETS ((d0, ma, mb), (d1, ma, mb), ...), each measure's counts summed over the others
            StringBuilder ms = new StringBuilder();
            for (int j : discrete) ms.append(", m").append(j);
            StringBuilder q = new StringBuilder("SELECT ").append(sql.groupingId(dimColumns()));
            for (int i = 0; i < n; i++) q.append(", d").append(i);
            q.append(ms).append(", count(*) FROM (").append(inner).append(") GROUP BY GROUPING SETS (");
            for (int i = 0; i < n; i++) q.append(i > 0 ? ", " : "").append("(d").append(i).append(ms).append(')');
            q.append(')');
            int nd = discrete.size();
            List<Map<Integer, Map<String, java.util.TreeMap<Double, Long>>>> counts = new ArrayList<>();
            for (int k = 0; k < nd; k++) counts.add(new LinkedHashMap<>());
            try (Rows r = engine.query("segment medians from value counts", q.toString())) {
                while (r.next()) {
                    long g = r.getLong(1);
                    int i = 0;
                    while (i < n && (g & (1L << (n - 1 - i))) != 0) i++;
                    if (i == n) continue;
                    String seg = segment(i, r.getString(2 + i));
                    long count = r.getLong(2 + n + nd);
                    for (int k = 0; k < nd; k++) {
                        double value = r.getDouble(2 + n + k);
                        if (r.wasNull()) continue;
                        counts.get(k).computeIfAbsent(i, x -> new LinkedHashMap<>())
                                .computeIfAbsent(seg, x -> new java.util.TreeMap<>()).merge(value, count, Long::sum);
                    }
                }
            }
            for (int k = 0; k < nd; k++) {
                for (var byDim : counts.get(k).entrySet()) {
                    for (var bySeg : byDim.getValue().entrySet()) {
                        double[] target = out.get(byDim.getKey()).get(bySeg.getKey());
                        if (target != null) target[discrete.get(k)] = medianOf(bySeg.getValue());
                    }
                }
            }
        }
        if (!continuous.isEmpty()) {
            for (int i = 0; i < n; i++) {
                StringBuilder h = new StringBuilder("SELECT d").append(i);
                for (int j : continuous) h.append(", ").append(sql.median("m" + j));
                h.append(" FROM (").append(inner).append(") GROUP BY d").append(i);
                try (Rows r = engine.query("segment medians of " + dims.get(i).column(), h.toString())) {
                    while (r.next()) {
                        double[] target = out.get(i).get(segment(i, r.getString(1)));
                        if (target == null) continue;
                        for (int k = 0; k < continuous.size(); k++) target[continuous.get(k)] = num(r, 2 + k);
                    }
                }
            }
        }
        return out;
    }

    /** The median of values given with their counts (ascending): the middle value, or the mean of the middle two. */
    static double medianOf(java.util.SortedMap<Double, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return Double.NaN;
        long lo = (total - 1) / 2;
        long hi = total / 2;
        double loValue = Double.NaN;
        long seen = 0;
        for (var e : counts.entrySet()) {
            long next = seen + e.getValue();
            if (Double.isNaN(loValue) && lo < next) loValue = e.getKey();
            if (hi < next) return (loValue + e.getKey()) / 2;
            seen = next;
        }
        return loValue;
    }

    private Comparator<Row> order(Dim d, String primary) {
        Comparator<Row> missingLast = Comparator.comparing(r -> r.segment().equals(SegmentTable.MISSING));
        if (d.binned()) {
            return missingLast.thenComparingInt(r -> d.order().indexOf(r.segment()));
        }
        boolean additive = spec.primary().kind() != segbrief.brief.ValueKind.NUMBER;
        Comparator<Row> bySum = Comparator.comparingDouble(r -> -nanToZero(additive ? r.measures().get(primary).sum()
                : r.measures().get(primary).mean()));
        return bySum.thenComparing(Row::segment);
    }

    private CrossTab crossTab(Dim rowDim, Dim colDim, Map<List<String>, double[]> cells, SegmentTable rowSegs, SegmentTable colSegs) {
        List<String> rows = rowSegs.rows().stream().map(Row::segment).toList();
        List<String> cols = colSegs.rows().stream().map(Row::segment).toList();
        List<List<Double>> sums = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        List<List<Double>> variances = new ArrayList<>();
        for (String r : rows) {
            List<Double> s = new ArrayList<>();
            List<Long> c = new ArrayList<>();
            List<Long> n = new ArrayList<>();
            List<Double> var = new ArrayList<>();
            for (String col : cols) {
                double[] v = cells.get(List.of(r, col));
                s.add(v == null ? 0.0 : nanToZero(v[0]));
                c.add(v == null ? 0L : (long) v[1]);
                n.add(v == null ? 0L : (long) v[2]);
                var.add(v == null ? Double.NaN : v[3]);
            }
            sums.add(s);
            counts.add(c);
            values.add(n);
            variances.add(var);
        }
        return new CrossTab(rowDim.label(), rowDim.column(), colDim.label(), colDim.column(),
                spec.primary().column().name(), rows, cols, sums, counts, null, values, variances);
    }

    private List<int[]> crossTabPairs() {
        List<int[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Col[]> wanted = new ArrayList<>();
        for (var c : spec.crossTabs()) wanted.add(new Col[]{c.rows(), c.columns()});
        for (var q : spec.questions()) if (q.split() != null && !q.isTrend()) wanted.add(new Col[]{q.dimension(), q.split()});
        for (Col[] w : wanted) {
            int a = indexOf(w[0].name());
            int b = indexOf(w[1].name());
            if (a < 0 || b < 0 || a == b) continue;
            if (seen.add(a + "x" + b)) out.add(new int[]{a, b});
        }
        return out;
    }

    private int indexOf(String column) {
        for (int i = 0; i < dims.size(); i++) if (dims.get(i).column().equals(column)) return i;
        return -1;
    }

    /**
     * Rows and primary sum per period for every trend grain (customers come later, from the shared per-customer
     * pass); grain → points in time order, each point's segment label being the period's start date.
     */
    private Map<String, List<PeriodSum>> trendSums(LocalDate from, LocalDate to) {
        Map<String, List<PeriodSum>> out = new LinkedHashMap<>();
        if (data.dateColumn() == null || from == null || "none".equals(spec.trend())) return out;
        List<String> grains = new ArrayList<>();
        if (data.yearsOnly()) {
            grains.add("year");
        } else if (!"auto".equals(spec.trend())) {
            grains.add(spec.trend());
        } else {
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
            if (days >= 2 * 365) grains.add("year");
            if (days >= 60) grains.add("month");
        }
        for (var q : spec.questions()) {
            if (q.isTrend() && !grains.contains(q.trend()) && !(data.yearsOnly() && !q.trend().equals("year"))) grains.add(q.trend());
        }
        for (String grain : grains) {
            List<PeriodSum> points = new ArrayList<>();
            // grouped by the period's first day as a date: text made per row would double the cost
            String m = exact(spec.primary().column().name());
            // the sum of squares gives the test of one period against another its variance
            try (Rows r = engine.query("trend sums by " + grain, "SELECT " + sql.truncDate(grain, data.dateColumn()) + " AS p, count(*), "
                    + "COALESCE(sum(" + m + "), 0), COALESCE(sum(" + sql.toDouble(m) + " * " + sql.toDouble(m) + "), 0) FROM "
                    + VIEW + " WHERE " + data.dateColumn() + " IS NOT NULL GROUP BY p ORDER BY p")) {
                while (r.next()) {
                    points.add(new PeriodSum(r.getDate(1).toString(), r.getLong(2), r.getDouble(3),
                            roundVariance(r.getDouble(4))));
                }
            }
            out.put(grain, points);
        }
        return out;
    }

    /** Rows and primary sum of one trend period, which starts on {@code start} (2023-01-01). */
    private record PeriodSum(String start, long count, double sum, double sumSquares) {}

    /** Every period from the first to the last (gaps included), its place found by date arithmetic, not by text. */
    private Keyed periodKey(String grain, List<PeriodSum> points) {
        List<String> values = new ArrayList<>();
        String position = "NULL";
        if (!points.isEmpty()) {
            LocalDate first = LocalDate.parse(points.getFirst().start());
            LocalDate last = LocalDate.parse(points.getLast().start());
            for (LocalDate p = first; !p.isAfter(last); p = next(grain, p)) values.add(p.toString());
            // integer arithmetic on the date's parts: cheaper per row than truncating and differencing dates
            String d = data.dateColumn();
            position = switch (grain) {
                case "year" -> "year(" + d + ") - " + (first.getYear() - 1);
                case "quarter" -> "year(" + d + ") * 4 + quarter(" + d + ") - " + (first.getYear() * 4 + (first.getMonthValue() - 1) / 3);
                default -> "year(" + d + ") * 12 + month(" + d + ") - " + (first.getYear() * 12 + first.getMonthValue() - 1);
            };
        }
        return Keyed.byPosition(position, values);
    }

    private static LocalDate next(String grain, LocalDate p) {
        return switch (grain) {
            case "year" -> p.plusYears(1);
            case "quarter" -> p.plusMonths(3);
            default -> p.plusMonths(1);
        };
    }

    /** @param customers customers per period start, for each grain in the order of {@code periods} */
    private List<Trend> trends(Map<String, List<PeriodSum>> periods, List<Map<String, Long>> customers) {
        List<Trend> out = new ArrayList<>();
        int k = 0;
        for (var e : periods.entrySet()) {
            String grain = e.getKey();
            Map<String, Long> byPeriod = customers.get(k++);
            List<Trend.Point> points = new ArrayList<>();
            for (PeriodSum p : e.getValue()) {
                long c = spec.customerId() == null ? p.count() : byPeriod.getOrDefault(p.start(), 0L);
                points.add(new Trend.Point(periodLabel(grain, LocalDate.parse(p.start())), p.count(), c, p.sum(), p.sumSquares()));
            }
            if (points.size() >= 2) out.add(new Trend(grain, spec.primary().column().name(), points, null));
        }
        return out;
    }

    private static String periodLabel(String grain, LocalDate p) {
        return switch (grain) {
            case "year" -> String.valueOf(p.getYear());
            case "quarter" -> p.getYear() + "-Q" + ((p.getMonthValue() - 1) / 3 + 1);
            default -> String.format("%d-%02d", p.getYear(), p.getMonthValue());
        };
    }

    private List<Distributions.Column> distributionColumns() {
        List<Distributions.Column> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<String> wanted = new ArrayList<>(spec.distributionColumns().stream().map(Col::name).toList());
        if (wanted.isEmpty()) {
            wanted.add(spec.primary().column().name());
            spec.bins().forEach(b -> wanted.add(b.column().name()));
        }
        for (String c : wanted) {
            if (!seen.add(c) || !data.isNumeric(c)) continue;
            var measure = spec.measures().stream().filter(m -> m.column().name().equals(c)).findFirst();
            String label = measure.map(BriefSpec.MeasureSpec::label).orElseGet(() -> spec.bins().stream()
                    .filter(b -> b.column().name().equals(c)).map(b -> segbrief.spec.SpecLoader.label(c)).findFirst()
                    .orElse(segbrief.spec.SpecLoader.label(c)));
            out.add(new Distributions.Column(c, label, measure.map(BriefSpec.MeasureSpec::kind).orElse(segbrief.brief.ValueKind.NUMBER)));
        }
        return out;
    }

    private String distributionBy() {
        return spec.distributionBy() == null ? null : spec.distributionBy().name();
    }

    /**
     * Missing and distinct values per column. Distinct counts already known exactly are reused (a dimension's
     * segments, the customers, the measures' values); the rest are HyperLogLog estimates from one pass.
     */
    private List<ColumnProfile> profile(List<SegmentTable> segments, long customers) {
        List<String> cols = new ArrayList<>(data.columns().keySet());
        Map<String, Long> known = new LinkedHashMap<>(measureDistinct);
        for (int i = 0; i < dims.size() && i < segments.size(); i++) {
            if (dims.get(i).binned()) continue;
            known.put(dims.get(i).column(), segments.get(i).rows().stream().filter(r -> !r.segment().equals(SegmentTable.MISSING)).count());
        }
        if (spec.customerId() != null) known.put(spec.customerId().name(), customers);
        StringBuilder q = new StringBuilder("SELECT count(*)");
        for (String c : cols) {
            q.append(", count(").append(Sql.id(c)).append("), ")
                    .append(known.containsKey(c) ? "NULL" : sql.approxDistinct(Sql.id(c)));
        }
        List<ColumnProfile> out = new ArrayList<>();
        try (Rows r = engine.query("column profile", q + " FROM " + VIEW)) {
            r.next();
            long rows = r.getLong(1);
            for (int i = 0; i < cols.size(); i++) {
                String c = cols.get(i);
                long distinct = known.containsKey(c) ? known.get(c) : r.getLong(3 + 2 * i);
                out.add(new ColumnProfile(c, role(c), data.columns().get(c), rows - r.getLong(2 + 2 * i), distinct));
            }
        }
        return out;
    }

    private String role(String c) {
        if (spec.customerId() != null && spec.customerId().name().equals(c)) return "customer id";
        if (spec.date() != null && spec.date().name().equals(c)) return "date";
        if (spec.measures().stream().anyMatch(m -> m.column().name().equals(c))) {
            return spec.primary().column().name().equals(c) ? "primary measure" : "measure";
        }
        if (spec.bins().stream().anyMatch(b -> b.column().name().equals(c))) return "binned";
        if (spec.dimensions().stream().anyMatch(d -> d.column().name().equals(c))) return "dimension";
        if (spec.derive().stream().anyMatch(d -> d.column().equals(c))) return "derived";
        return "unused";
    }

    private static String label(String s) {
        return s == null ? SegmentTable.MISSING : s;
    }

    /**
     * What the segment passes group dimension {@code i} by: its label, or for bins the branch number (1, 2, ...),
     * which costs a few comparisons per row where the CASE makes a string (10M rows: 0.4 s less per bin and pass).
     */
    private String key(int i) {
        Dim.Case branches = numbered(i);
        return branches == null ? dims.get(i).sql() : branches.branchSql(sql);
    }

    /** The segment a value read back from {@link #key(int)} names. */
    private String segment(int i, String value) {
        Dim.Case branches = numbered(i);
        if (branches == null || value == null) return label(value);
        return branches.branchLabels().get(Integer.parseInt(value) - 1);
    }

    /** The branches of dimension {@code i} when it is grouped by branch number: a bin whose labels differ. */
    private Dim.Case numbered(int i) {
        return numbered.get(i).orElse(null);
    }

    private int primaryIndex() {
        return spec.measures().indexOf(spec.primary());
    }

    /**
     * DuckDB's threads combine partial variances in any order, which moves the last bits; twelve significant digits
     * keep the figure (and every p-value built on it) the same from run to run.
     */
    static double roundVariance(double v) {
        if (Double.isNaN(v) || v == 0 || Double.isInfinite(v)) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }

    private static double num(Rows r, int i) {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    /** d0, d1, ...: the segment passes' names of the dimensions' keys. */
    private List<String> dimColumns() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) out.add("d" + i);
        return out;
    }

    /** The rows of the brief's period, so that an empty recipient's slice is told apart from an error. */
    public long rowsInPeriod() {
        createViews();
        return engine.scalar("period rows", "SELECT count(*) FROM " + VIEW);
    }
}
