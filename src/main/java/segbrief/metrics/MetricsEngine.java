package segbrief.metrics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import segbrief.UserError;
import segbrief.brief.Continuity;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality.ColumnProfile;
import segbrief.brief.SegmentTable;
import segbrief.brief.Trend;
import segbrief.engine.Engine;
import segbrief.source.Ingested;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;

/**
 * Plans a brief's metrics as named queries over the ingested table and puts their figures together. Each query
 * lives in the class named after it:
 * <ul>
 * <li>{@link PeriodViews}: "period view", "previous period view", "period rows", "period span";</li>
 * <li>{@link KpiTotals}: "kpi totals" and the previous period's; {@link ExactMeasures}: "largest value of COLUMN";</li>
 * <li>{@link Bins}: "quantile edges of COLUMN";</li>
 * <li>{@link SegmentSums}: "segment sums" (every segment table and cross-tab in one GROUPING SETS pass);</li>
 * <li>{@link DistinctCustomers}: "distinct customers by segment mask", "... by segment", "... by period";</li>
 * <li>{@link SegmentMedians}: "distinct measure values", "segment medians from value counts", "segment medians of COLUMN";</li>
 * <li>{@link Trends}: "trend sums by GRAIN"; {@link Distributions}: "distribution summary of COLUMN", "distribution bins of COLUMN";</li>
 * <li>{@link ColumnProfiles}: "column profile"; {@link CustomerValues}: "per-customer values by segment", "value per customer".</li>
 * </ul>
 * The pipeline runs the rest over the same period view: {@link Rfm} ("rfm scores", "rfm scores per customer", "rfm
 * segments"), {@link CustomerFeatures} ("customer features"), {@link DataShares} ("missing values", "far outliers",
 * "duplicate rows"), {@link PeriodCoverage} ("period coverage", "rows per earlier period") and {@link OrderColumn}
 * ("order numbers in COLUMN"). With {@code -Dsegbrief.sqllog=FILE} each statement is logged under its name.
 */
public final class MetricsEngine {
    public static final String VIEW = "facts";
    /** Above this many customers the per-customer values are read from a seeded, hash-chosen sample of about as many. */
    public static final long VALUE_SAMPLE = 100_000;

    private final Engine engine;
    private final Ingested data;
    private final BriefSpec spec;
    private final Period period;
    private final EdgeText edgeText;
    private final ExactMeasures exact;
    private SegmentKeys keys;
    private Consumer<String> mark = name -> { };

    public MetricsEngine(Engine engine, Ingested data, BriefSpec spec, Period period, EdgeText edgeText) {
        this.engine = engine;
        this.data = data;
        this.spec = spec;
        this.period = period;
        this.edgeText = edgeText;
        this.exact = new ExactMeasures(engine, data);
    }

    /** Called with a sub-stage's name as each one ends, for --timings. */
    public MetricsEngine onStage(Consumer<String> mark) {
        this.mark = mark;
        return this;
    }

    public Metrics compute() {
        PeriodViews.create(engine, data, period);
        long rows = PeriodViews.rows(engine);
        if (rows == 0) throw noRows();
        LocalDate[] span = PeriodViews.span(engine, "period span", data, VIEW);
        KpiTotals kpis = new KpiTotals(engine, spec, data, exact);
        Map<String, Metrics.Totals> totals = kpis.totals("kpi totals", VIEW);
        Metrics.Previous previous = kpis.previous(period);
        mark.accept("kpis");

        keys = SegmentKeys.of(spec, engine, VIEW, edgeText);
        Trends trends = new Trends(engine, VIEW, data, spec);
        Map<String, List<Trends.PeriodSum>> periods = trends.sums(trends.grains(span[0], span[1]), primary(),
                exact.sumOfSquares(spec.primary().column().name(), rows));
        Segments s = segments(totals, periods.entrySet().stream().map(e -> trends.periodKey(e.getKey(), e.getValue())).toList());
        DistinctCustomers.Counts counts = s.customers();
        List<Trend> trendList = trends.trends(periods, counts.byKey().subList(keys.size(), counts.byKey().size()));
        mark.accept("trends");

        var shapes = new Distributions(engine, VIEW).compute(Distributions.columns(spec, data),
                spec.distributionBy() == null ? null : spec.distributionBy().name());
        mark.accept("distributions");
        List<ColumnProfile> columns = ColumnProfiles.run(engine, VIEW, data, spec, knownDistinct(s, counts.total()), rows);
        mark.accept("profile");
        return new Metrics(period, span[0], span[1], rows, counts.total(), totals, previous, s.tables(), s.crossTabs(), trendList,
                shapes.distributions(), columns, s.associations(), kpis.orders("order count", VIEW), shapes.densities());
    }

    private UserError noRows() {
        String span = "";
        if (!period.isAll()) {
            LocalDate[] all = PeriodViews.span(engine, "data span", data, data.table());
            if (all[0] != null) span = ": the data runs from " + all[0] + " to " + all[1];
        }
        return new UserError(UserError.Kind.DATA, spec.origin(), "no rows" + (period.isAll() ? "" : " in period " + period.label()),
                period.isAll() ? "the data file has a header but no data" : "choose a period the data covers" + span);
    }

    /** The segment tables, cross-tabs and associations, and the customer counts of every dimension then of {@code extra}. */
    private record Segments(List<SegmentTable> tables, List<CrossTab> crossTabs, List<CrossTab> associations,
                            DistinctCustomers.Counts customers, long[] measureDistinct) {}

    private Segments segments(Map<String, Metrics.Totals> totals, List<DistinctCustomers.Keyed> extra) {
        String customer = spec.customerId() == null ? null : Sql.id(spec.customerId().name());
        DistinctCustomers distinct = new DistinctCustomers(engine, VIEW, customer);
        if (keys.size() == 0) {
            return new Segments(List.of(), List.of(), List.of(), distinct.count(extra), new long[0]);
        }
        SegmentTables assembly = new SegmentTables(spec, keys);
        List<int[]> pairs = assembly.crossTabPairs();
        List<int[]> associated = assembly.associationPairs(pairs);
        List<List<Integer>> sets = new ArrayList<>();
        for (int[] p : pairs) sets.add(List.of(Math.min(p[0], p[1]), Math.max(p[0], p[1])));
        for (int[] p : associated) sets.add(List.of(p[0], p[1]));
        SegmentRows rows = SegmentRows.of(VIEW, keys, customer,
                spec.measures().stream().map(m -> exact.of(m.column().name())).toList());
        SegmentSums.Result sums = SegmentSums.run(engine, rows, keys, spec.measures().indexOf(spec.primary()), sets);
        mark.accept("segment sums");

        List<DistinctCustomers.Keyed> keyed = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Dim.Case branches = keys.numbered(i);
            if (branches != null) {
                // bins: customers per branch, its number found by arithmetic (no label text made and looked up per
                // row); branches without rows count none
                keyed.add(DistinctCustomers.Keyed.byPosition(branches.branchSql(engine.dialect()), branches.branchLabels()));
            } else {
                List<String> values = new ArrayList<>(sums.of(i).keySet());
                values.remove(SegmentTable.MISSING);
                values.sort(String::compareTo);
                keyed.add(DistinctCustomers.Keyed.byValue(keys.dim(i).sql(), values));
            }
        }
        keyed.addAll(extra);
        DistinctCustomers.Counts counts = distinct.count(keyed);
        mark.accept("segment customers");

        Map<Integer, java.util.Set<String>> segments = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) segments.put(i, sums.of(i).keySet());
        SegmentMedians.Result medians = SegmentMedians.run(engine, rows, keys, segments);
        mark.accept("segment medians");

        List<SegmentTable> tables = assembly.tables(sums, medians.medians(), counts.byKey(), totals);
        List<CrossTab> crossTabs = new ArrayList<>();
        for (int[] p : pairs) crossTabs.add(assembly.crossTab(p[0], p[1], sums, tables));
        List<CrossTab> associations = new ArrayList<>();
        for (int[] p : associated) associations.add(assembly.crossTab(p[0], p[1], sums, tables));
        for (int[] p : pairs) {
            if (assembly.questioned(p[0]) && assembly.questioned(p[1])) associations.add(crossTabs.get(pairs.indexOf(p)));
        }
        return new Segments(tables, crossTabs, associations, counts, medians.distinct());
    }

    /** Distinct counts known exactly already: the measures' values, each dimension's segments, the customers. */
    private Map<String, Long> knownDistinct(Segments s, long customers) {
        Map<String, Long> known = new LinkedHashMap<>();
        for (int j = 0; j < s.measureDistinct().length; j++) known.put(spec.measures().get(j).column().name(), s.measureDistinct()[j]);
        for (int i = 0; i < keys.size() && i < s.tables().size(); i++) {
            if (keys.dim(i).binned()) continue;
            known.put(keys.dim(i).column(), s.tables().get(i).rows().stream().filter(r -> !r.segment().equals(SegmentTable.MISSING)).count());
        }
        if (spec.customerId() != null) known.put(spec.customerId().name(), customers);
        return known;
    }

    private String primary() {
        return exact.of(spec.primary().column().name());
    }

    /**
     * Value per customer over all customers and in every segment of every dimension (empty without a customer id);
     * see {@link CustomerValues#spreads}. Call after {@link #compute()}.
     */
    public List<Continuity.Spread> spreads(long customers) {
        return new CustomerValues(engine, VIEW, spec, keys, primary())
                .spreads(valuesPerCustomer(keys.dims().stream().map(Dim::column).distinct().toList(), customers));
    }

    /**
     * Per segment of each given dimension (by column), the per-customer sums of the primary measure, read from a
     * sample when {@code customers} is above {@link #VALUE_SAMPLE}; see {@link CustomerValues}. Call after
     * {@link #compute()}.
     */
    public Map<String, Map<String, SegmentUnits>> valuesPerCustomer(List<String> columns, long customers) {
        // each dimension's figures are its own grouping set: the questions' columns, read for the findings, are
        // not read again for the archive's spreads
        if (customers != unitsCustomers) {
            units.clear();
            unitsCustomers = customers;
        }
        List<String> missing = columns.stream().filter(c -> !units.containsKey(c)).distinct().toList();
        if (!missing.isEmpty()) {
            Map<String, Map<String, SegmentUnits>> read = new CustomerValues(engine, VIEW, spec, keys, primary())
                    .bySegment(missing, customers);
            for (String c : missing) units.put(c, read.get(c));
        }
        Map<String, Map<String, SegmentUnits>> out = new LinkedHashMap<>();
        for (String c : columns) if (units.get(c) != null) out.put(c, units.get(c));
        return out;
    }

    /** Per-segment units by column, as read for {@link #unitsCustomers} customers (null: no such dimension or rows). */
    private final Map<String, Map<String, SegmentUnits>> units = new java.util.HashMap<>();
    private long unitsCustomers = -1;

    /** As {@link #valuesPerCustomer(List, long)} over every customer. */
    public Map<String, Map<String, SegmentUnits>> valuesPerCustomer(List<String> columns) {
        return valuesPerCustomer(columns, 0);
    }

    /** The rows of the brief's period, so that an empty recipient's slice is told apart from an error. */
    public long rowsInPeriod() {
        PeriodViews.create(engine, data, period);
        return PeriodViews.rows(engine);
    }

    /**
     * The engine's threads combine partial variances in any order, which moves the last bits; twelve significant
     * digits keep the figure (and every p-value built on it) the same from run to run.
     */
    static double roundVariance(double v) {
        if (Double.isNaN(v) || v == 0 || Double.isInfinite(v)) return v;
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).doubleValue();
    }
}
