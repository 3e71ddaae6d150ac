package segbrief.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import segbrief.brief.Brief;
import segbrief.brief.Claim;
import segbrief.brief.Claim.Kind;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Layout;
import segbrief.brief.Clustering;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality;
import segbrief.brief.Distribution;
import segbrief.brief.Finding;
import segbrief.brief.Finding.Evidence;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.Meta;
import segbrief.brief.RfmSummary;
import segbrief.brief.SegmentTable;
import segbrief.brief.SegmentTable.Row;
import segbrief.brief.Trend;
import segbrief.brief.ValueKind;
import segbrief.metrics.Metrics;
import segbrief.metrics.MetricsEngine;
import segbrief.metrics.SegmentUnits;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.QuestionSpec;

/**
 * Turns figures into statements: the answer to each question in words with its numbers, the headline, the KPI
 * tiles, the recommendation and the chart for every table. Pure: everything it needs is passed in.
 */
public final class BriefAssembler {
    private final BriefSpec spec;
    private final Metrics m;
    private final Formats f;
    private final Measure primary;
    private final String noun;
    /** Money and counts add up, so segments are ranked by their sum; scores and ratings by their mean. */
    private final boolean additive;
    private final Charts charts;
    /** Per questioned column, per segment: the per-customer sums of the primary measure (see MetricsEngine). */
    private final Map<String, Map<String, SegmentUnits>> perCustomer;
    private final ClaimBook book;

    public BriefAssembler(BriefSpec spec, Metrics metrics, Formats formats) {
        this(spec, metrics, formats, Map.of(), ClaimBook.DEFAULT_MIN_CUSTOMERS);
    }

    /**
     * @param perCustomer  per questioned column, per segment, the per-customer sums of the primary measure
     * @param minCustomers groups smaller than this are never headlined or recommended
     */
    public BriefAssembler(BriefSpec spec, Metrics metrics, Formats formats, Map<String, Map<String, SegmentUnits>> perCustomer,
                          long minCustomers) {
        this.perCustomer = Map.copyOf(perCustomer);
        this.book = new ClaimBook(ClaimBook.DEFAULT_ALPHA, minCustomers);
        this.spec = spec;
        this.m = metrics;
        this.f = formats;
        var p = spec.primary();
        this.primary = new Measure(p.column().name(), p.label(), p.kind(), true);
        this.noun = p.label().toLowerCase(Locale.ROOT);
        this.additive = p.kind() != ValueKind.NUMBER;
        this.charts = new Charts(!additive);
    }

    /** Every claim of the brief, tested once, then judged together (see {@link ClaimBook}). */
    public ClaimBook claims() {
        if (!book.isJudged()) {
            for (QuestionSpec q : spec.questions()) {
                if (q.isTrend()) {
                    trendOf(q).ifPresent(this::planTrend);
                    continue;
                }
                SegmentTable t = m.segments(q.dimension().name());
                if (t == null || t.rows().isEmpty()) continue;
                planSegments(q, t);
            }
            book.judge();
        }
        return book;
    }

    private Optional<Trend> trendOf(QuestionSpec q) {
        return m.trends().stream().filter(x -> x.grain().equals(q.trend())).findFirst();
    }

    /** The leader against the runner-up and the rest, the split inside the leader, and every segment's lift. */
    private void planSegments(QuestionSpec q, SegmentTable t) {
        String col = t.column();
        Ranking rk = ranking(t);
        Row lead = rk.lead();
        if (rk.second() != null) {
            Row b = rk.second();
            book.add(additive
                    ? ClaimTests.leads(col, lead.segment(), units(col, lead), size(lead), b.segment(), units(col, b), size(b),
                    allUnits(t).n(), unitWord())
                    : ClaimTests.mean(Kind.HIGHEST_MEAN, col, lead.segment(), units(col, lead), size(lead), b.segment(),
                    units(col, b), size(b), unitWord()));
        }
        if (!additive && rk.ranked().size() > 2) {
            Row low = rk.ranked().getLast();
            book.add(ClaimTests.mean(Kind.LOWEST_MEAN, col, low.segment(), units(col, low), size(low), Claim.REST,
                    allUnits(t).minus(units(col, low)), restSize(low), unitWord()));
        }
        for (Row r : rk.ranked()) {
            if (r == lead || size(r) >= book.minSize()) book.add(liftOf(t, r));
        }
        CrossTab x = q.split() == null ? null : m.crossTab(col, q.split().name());
        if (x != null) {
            Claim within = within(x, lead.segment());
            if (within != null) book.add(within);
        }
    }

    private Claim liftOf(SegmentTable t, Row r) {
        return ClaimTests.lift(t.column(), r.segment(), units(t.column(), r), size(r), allUnits(t).minus(units(t.column(), r)),
                restSize(r), unitWord());
    }

    /** Inside the leader's row of a split, the first split value against the second (by total or by mean). */
    private Claim within(CrossTab x, String leadSegment) {
        int r = x.rows().indexOf(leadSegment);
        if (r < 0 || x.columns().size() < 2) return null;
        List<Integer> cols = new ArrayList<>();
        for (int c = 0; c < x.columns().size(); c++) cols.add(c);
        java.util.function.ToDoubleFunction<Integer> value = c -> additive ? x.sums().get(r).get(c) : Charts.nz(x.mean(r, c));
        cols.sort(java.util.Comparator.comparingDouble((Integer c) -> -value.applyAsDouble(c)).thenComparing(x.columns()::get));
        int a = cols.get(0);
        int b = cols.get(1);
        if (additive) {
            return ClaimTests.cells(x.rowColumn(), leadSegment, x.columns().get(a), x.sums().get(r).get(a), squares(x, r, a),
                    x.counts().get(r).get(a), x.columns().get(b), x.sums().get(r).get(b), squares(x, r, b), x.counts().get(r).get(b));
        }
        SegmentUnits ua = new SegmentUnits(x.values().get(r).get(a), x.sums().get(r).get(a), squares(x, r, a));
        SegmentUnits ub = new SegmentUnits(x.values().get(r).get(b), x.sums().get(r).get(b), squares(x, r, b));
        Claim c = ClaimTests.mean(Kind.WITHIN, x.rowColumn() + ":" + leadSegment, x.columns().get(a), ua, ua.n(),
                x.columns().get(b), ub, ub.n(), "rows");
        return c;
    }

    /** A cell's sum of squared values, from its count, mean and variance. */
    private static double squares(CrossTab x, int r, int c) {
        long n = x.values().get(r).get(c);
        double var = x.variance(r, c);
        double mean = x.mean(r, c);
        if (n == 0) return 0;
        return (n > 1 ? (n - 1) * var : 0) + n * mean * mean;
    }

    /** Peak against the next highest period, low against the next lowest, the last period against the one before. */
    private void planTrend(Trend t) {
        List<Trend.Point> bySum = new ArrayList<>(t.points());
        bySum.sort(java.util.Comparator.comparingDouble(Trend.Point::sum).reversed().thenComparing(Trend.Point::period));
        Trend.Point peak = bySum.get(0);
        Trend.Point next = bySum.get(1);
        book.add(ClaimTests.periods(Kind.PEAK, t.grain(), peak.period(), peak.sum(), peak.sumSquares(), peak.count(),
                next.period(), next.sum(), next.sumSquares(), next.count()));
        Trend.Point low = bySum.getLast();
        Trend.Point above = bySum.get(bySum.size() - 2);
        if (bySum.size() > 2) {
            book.add(ClaimTests.periods(Kind.LOW, t.grain(), low.period(), low.sum(), low.sumSquares(), low.count(),
                    above.period(), above.sum(), above.sumSquares(), above.count()));
        }
        Trend.Point last = t.points().getLast();
        Trend.Point before = t.points().get(t.points().size() - 2);
        book.add(ClaimTests.periods(Kind.CHANGE, t.grain(), last.period(), last.sum(), last.sumSquares(), last.count(),
                before.period(), before.sum(), before.sumSquares(), before.count()));
    }

    /**
     * Segments ranked by the ranking figure, "(missing)" left out unless it is all there is; the leader and the
     * runner-up are the first two with at least the minimum number of customers (the first two of all when none has).
     */
    private Ranking ranking(SegmentTable t) {
        List<Row> ranked = rankedWithoutMissing(t);
        List<Row> big = ranked.stream().filter(r -> size(r) >= book.minSize()).toList();
        List<Row> pick = big.isEmpty() ? ranked : big;
        return new Ranking(ranked, pick.getFirst(), pick.size() > 1 ? pick.get(1) : null, ranked.size() - big.size());
    }

    /** @param small how many ranked segments are under the minimum size */
    private record Ranking(List<Row> ranked, Row lead, Row second, int small) {}

    private long size(Row r) {
        return spec.customerId() != null ? r.customers() : r.count();
    }

    private long restSize(Row r) {
        return Math.max(0, m.customers() - size(r));
    }

    private String unitWord() {
        return spec.customerId() != null ? "customers" : "rows";
    }

    /**
     * What a segment's values are averaged over: for money and counts the per-customer sums (from SQL), for scores and
     * ratings the rows with a value; both as count, sum and sum of squares.
     */
    private SegmentUnits units(String column, Row r) {
        Map<String, SegmentUnits> byCustomer = perCustomer.get(column);
        SegmentTable.Stats s = r.measures().get(primary.column());
        if (additive && byCustomer != null) {
            SegmentUnits u = byCustomer.getOrDefault(r.segment(), new SegmentUnits(0, 0, 0));
            if (m.customers() <= MetricsEngine.VALUE_SAMPLE || spec.customerId() == null) return u;
            // read from a sample of customers: the segment's customers and sum are exact, its sum of squared
            // per-customer values is the sample's scaled up to all of them
            if (u.n() < 2) return new SegmentUnits(r.customers(), s.sum(), Double.NaN);
            return new SegmentUnits(r.customers(), s.sum(), u.sumSquares() * r.customers() / u.n());
        }
        long n = s.values() >= 0 ? s.values() : r.count();
        double var = Double.isNaN(s.variance()) ? 0 : s.variance();
        double mean = n == 0 ? 0 : s.sum() / n;
        return new SegmentUnits(n, s.sum(), (n > 1 ? (n - 1) * var : 0) + n * mean * mean);
    }

    private SegmentUnits allUnits(SegmentTable t) {
        SegmentUnits all = new SegmentUnits(0, 0, 0);
        for (Row r : t.rows()) all = all.plus(units(t.column(), r));
        return all;
    }

    public List<Finding> findings() {
        claims();
        List<Finding> out = new ArrayList<>();
        List<SegmentTable> asked = new ArrayList<>();
        int i = 0;
        for (QuestionSpec q : spec.questions()) {
            if (q.isTrend()) {
                Trend t = trendOf(q).orElse(null);
                if (t != null) out.add(trendAnswer(q, t, "q" + (++i)));
                continue;
            }
            SegmentTable t = m.segments(q.dimension().name());
            if (t == null || t.rows().isEmpty()) continue;
            Finding fd = answer(q, t, "q" + (++i));
            out.add(coincidence(fd, t, asked).orElse(fd));
            asked.add(t);
        }
        return out;
    }

    /** Cramér's V at or above this: two questioned dimensions tell one story, said once. */
    static final double COINCIDE = 0.8;

    /**
     * When this finding's dimension nearly coincides with one asked before (every Gold member lives in two cities),
     * its answer says so instead of repeating the same fact in other words.
     */
    private Optional<Finding> coincidence(Finding fd, SegmentTable t, List<SegmentTable> asked) {
        for (SegmentTable before : asked) {
            CrossTab x = m.associations().stream().filter(a -> a.rowColumn().equals(before.column()) && a.columnColumn().equals(t.column())
                    || a.rowColumn().equals(t.column()) && a.columnColumn().equals(before.column())).findFirst().orElse(null);
            if (x == null) continue;
            long[][] counts = x.counts().stream().map(r -> r.stream().mapToLong(Long::longValue).toArray()).toArray(long[][]::new);
            double v = StatTests.cramersV(counts);
            if (Double.isNaN(v) || v < COINCIDE) continue;
            String answer = t.dimension() + " nearly coincides with " + before.dimension().toLowerCase(Locale.ROOT)
                    + " (Cramér's V " + f.decimals(v, 2) + "): it tells the same story as the answer above.";
            List<Evidence> ev = new ArrayList<>(fd.evidence());
            ev.add(new Evidence("Cramér's V with " + before.dimension().toLowerCase(Locale.ROOT), v, ValueKind.NUMBER));
            return Optional.of(new Finding(fd.key(), fd.question(), fd.title(), answer, fd.subject(), ev, fd.chart(),
                    fd.claims().isEmpty() ? List.of() : List.of(fd.claims().getFirst())));
        }
        return Optional.empty();
    }

    /** The primary measure over time: its peak, its low, and the last period against the one before, as tested. */
    private Finding trendAnswer(QuestionSpec q, Trend t, String id) {
        List<Trend.Point> pts = t.points();
        Claim peak = book.all().stream().filter(c -> c.kind() == Kind.PEAK && c.dimension().equals(t.grain())).findFirst().orElseThrow();
        Claim low = book.all().stream().filter(c -> c.kind() == Kind.LOW && c.dimension().equals(t.grain())).findFirst().orElse(null);
        Claim change = book.all().stream().filter(c -> c.kind() == Kind.CHANGE && c.dimension().equals(t.grain())).findFirst().orElseThrow();
        List<String> used = new ArrayList<>();
        String title;
        StringBuilder a = new StringBuilder();
        if (peak.passed()) {
            title = capital(noun) + " peaked in " + peak.subject() + " at " + money(peak.value());
            a.append(title);
            used.add(peak.id());
        } else {
            title = capital(noun) + " by " + t.grain() + ": " + peak.subject() + " and " + peak.against() + " are too close to call";
            a.append(capital(noun)).append(": ").append(peak.subject()).append(" and ").append(peak.against())
                    .append(" are too close to call for the peak (").append(money(peak.value())).append(" against ")
                    .append(money(peak.otherValue())).append(')');
        }
        if (low != null && low.passed()) {
            a.append("; the low was ").append(low.subject()).append(" (").append(money(low.value())).append(')');
            used.add(low.id());
        }
        a.append(". ");
        double rel = change.otherValue() == 0 ? Double.NaN : (change.value() - change.otherValue()) / change.otherValue();
        a.append(change.subject()).append(": ").append(money(change.value()));
        if (change.passed()) {
            a.append(", ").append(f.change(rel)).append(" on ").append(change.against()).append('.');
            used.add(change.id());
        } else {
            a.append(", too close to call against ").append(change.against()).append(" (").append(money(change.otherValue())).append(").");
        }
        if (spec.customerId() != null) {
            Trend.Point custPeak = pts.stream().max(java.util.Comparator.comparingLong(Trend.Point::customers)).orElseThrow();
            a.append(" Most customers: ").append(f.compact(custPeak.customers(), ValueKind.COUNT)).append(" in ")
                    .append(custPeak.period()).append('.');
        }
        String question = q.ask() != null ? q.ask() : "How did " + noun + " develop?";
        List<Evidence> ev = List.of(new Evidence("peak " + noun + " (" + peak.subject() + ")", peak.value(), primary.kind()),
                new Evidence(change.subject() + " change on " + change.against(), rel, ValueKind.SHARE));
        if (!peak.passed()) used.addFirst(peak.id());
        return new Finding(id, question, title, a.toString(), peak.subject(), ev,
                charts.trend(id, title, t, primary.kind(), primary.label(), peak.passed() ? peak.subject() : null), used);
    }

    private Finding answer(QuestionSpec q, SegmentTable t, String id) {
        return additive ? answerBySum(q, t, id) : answerByMean(q, t, id);
    }

    /** For scores and ratings: which segment has the highest average, tested against the runner-up and the rest. */
    private Finding answerByMean(QuestionSpec q, SegmentTable t, String id) {
        String col = primary.column();
        Ranking rk = ranking(t);
        Row lead = rk.lead();
        double mean = lead.measures().get(col).mean();
        double overall = m.totals().get(col).mean();
        String question = q.ask() != null ? q.ask() : "Which " + t.dimension().toLowerCase(Locale.ROOT) + " has the highest " + noun + "?";
        Claim top = rk.second() == null ? null : book.get("highest:" + t.column() + ":" + lead.segment());
        Claim lift = book.get("lift:" + t.column() + ":" + lead.segment());
        List<String> used = new ArrayList<>();
        String title;
        StringBuilder answer = new StringBuilder();
        double custShare = m.customers() == 0 ? Double.NaN : (double) lead.customers() / m.customers();
        if (top != null && top.passed()) {
            title = lead.segment() + " has the highest " + noun + ": " + num(mean);
            answer.append(lead.segment()).append(" has the highest ").append(averageNoun()).append(": ").append(num(mean))
                    .append(" against ").append(num(top.otherValue())).append(" for ").append(top.against()).append(" and ")
                    .append(num(overall)).append(" overall, from ").append(f.percent(custShare)).append(" of customers.");
            used.add(top.id());
        } else if (top != null) {
            title = lead.segment() + " and " + top.against() + " are too close to call: " + num(mean) + " against " + num(top.otherValue());
            answer.append(lead.segment()).append(" and ").append(top.against()).append(" are too close to call (")
                    .append(averageNoun()).append(' ').append(num(mean)).append(" against ").append(num(top.otherValue())).append(").");
            used.add(top.id());
            if (lift != null && lift.passed()) {
                answer.append(' ').append(lead.segment()).append(" averages ").append(num(lift.value())).append(" against ")
                        .append(num(lift.otherValue())).append(" for the rest.");
                used.add(lift.id());
            }
        } else {
            title = lead.segment() + " averages " + num(mean) + " " + noun;
            answer.append(lead.segment()).append(" averages ").append(num(mean)).append(' ').append(noun).append('.');
        }
        if (rk.ranked().size() > 2) {
            Row low = rk.ranked().getLast();
            Claim lowest = book.get("lowest:" + t.column() + ":" + low.segment());
            if (lowest != null && lowest.passed()) {
                answer.append(" Lowest is ").append(low.segment()).append(" (").append(num(lowest.value())).append(" against ")
                        .append(num(lowest.otherValue())).append(" for the rest).");
                used.add(lowest.id());
            }
        }
        smallNote(answer, rk);
        List<Evidence> ev = new ArrayList<>(List.of(new Evidence(lead.segment() + " " + averageNoun(), mean, primary.kind()),
                new Evidence("overall " + averageNoun(), overall, primary.kind()),
                new Evidence(lead.segment() + " share of customers", custShare, ValueKind.SHARE)));
        CrossTab x = q.split() == null ? null : m.crossTab(q.dimension().name(), q.split().name());
        ChartSpec chart;
        if (x != null) {
            CrossTab means = meansOf(x);
            Claim within = book.all().stream().filter(c -> c.kind() == Kind.WITHIN && c.dimension().equals(t.column() + ":" + lead.segment()))
                    .findFirst().orElse(null);
            if (within != null && within.passed()) {
                answer.append(" Within ").append(lead.segment()).append(", ").append(within.subject()).append(" average ")
                        .append(num(within.value())).append(" against ").append(num(within.otherValue())).append(" for ")
                        .append(within.against()).append('.');
                used.add(within.id());
            }
            chart = charts.split(id, title, means, Layout.GROUPED, primary.kind(), prefixed("Average", noun), lead.segment(), t.binned());
        } else if (t.binned()) {
            chart = charts.columns(id, title, t, col, primary.kind(), prefixed("Average", noun), lead.segment());
        } else {
            chart = charts.ranked(id, title, t, col, primary.kind(), prefixed("Average", noun), lead.segment(), Charts.TOP);
        }
        return new Finding(id, question, title, answer.toString(), lead.segment(), ev, marked(t, unhighlighted(chart, top != null && !top.passed())), used);
    }

    /** Says how many segments were too small to rank, when any. */
    private void smallNote(StringBuilder answer, Ranking rk) {
        if (rk.small() > 0 && rk.small() < rk.ranked().size()) {
            answer.append(' ').append(rk.small()).append(rk.small() == 1 ? " segment has" : " segments have").append(" fewer than ")
                    .append(book.minSize()).append(' ').append(unitWord()).append(" and is not ranked.".replace("is", rk.small() == 1 ? "is" : "are"));
        }
    }

    /** The cross-tab with each cell's mean (over the rows that have a value) in place of its sum. */
    private static CrossTab meansOf(CrossTab x) {
        List<List<Double>> means = new ArrayList<>();
        for (int r = 0; r < x.rows().size(); r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < x.columns().size(); c++) row.add(Charts.nz(x.mean(r, c)));
            means.add(row);
        }
        return new CrossTab(x.rowDimension(), x.rowColumn(), x.columnDimension(), x.columnColumn(), x.measure(), x.rows(),
                x.columns(), means, x.counts(), null, x.values(), x.variances());
    }

    /** Segments by the ranking figure, "(missing)" left out unless it is all there is. */
    private List<Row> rankedWithoutMissing(SegmentTable t) {
        List<Row> all = charts.byValue(t, primary.column());
        List<Row> known = all.stream().filter(r -> !r.segment().equals(SegmentTable.MISSING)).toList();
        return known.isEmpty() ? all : known;
    }

    private String num(double v) {
        return f.compact(v, primary.kind());
    }

    private Finding answerBySum(QuestionSpec q, SegmentTable t, String id) {
        String col = primary.column();
        Ranking rk = ranking(t);
        List<Row> ranked = rk.ranked();
        Row lead = rk.lead();
        double leadSum = lead.measures().get(col).sum();
        double leadShare = lead.measures().get(col).share();
        String question = q.ask() != null ? q.ask() : "Which " + t.dimension().toLowerCase(Locale.ROOT) + " gives most " + noun + "?";
        List<Evidence> ev = new ArrayList<>();
        ev.add(new Evidence(lead.segment() + " " + noun, leadSum, primary.kind()));
        ev.add(new Evidence(lead.segment() + " share of " + noun, leadShare, ValueKind.SHARE));
        Claim leads = rk.second() == null ? null : book.get("lead:" + t.column() + ":" + lead.segment());
        Claim lift = book.get("lift:" + t.column() + ":" + lead.segment());
        boolean leadPassed = leads != null && leads.passed();
        List<String> used = new ArrayList<>();
        if (leads != null) used.add(leads.id());
        StringBuilder answer = new StringBuilder();
        String title;
        ChartSpec chart;
        // with a negative segment (refunds) the total is net: a share of it can pass 100% and says nothing
        boolean net = !partsOfAWhole(t, col);
        String tooClose = leads == null ? "" : lead.segment() + " and " + leads.against() + " are too close to call ("
                + money(leads.value()) + " against " + money(leads.otherValue()) + ")";
        if (q.top() > 1) {
            int n = Math.min(q.top(), ranked.size());
            List<Row> top = ranked.subList(0, n);
            double topShare = top.stream().mapToDouble(r -> Charts.nz(r.measures().get(col).share())).sum();
            title = n == 1 ? lead.segment() + " leads with " + money(leadSum)
                    : "Top " + n + ": " + join(top.stream().map(Row::segment).toList()) + (net ? "" : " (" + f.percent(topShare) + ")");
            if (leadPassed || leads == null) {
                answer.append(lead.segment()).append(" leads with ").append(money(leadSum));
                if (!net) answer.append(", ").append(f.percent(leadShare)).append(" of all ").append(noun);
            } else {
                answer.append(tooClose);
            }
            List<Row> rest = new ArrayList<>();
            for (Row r : top) if (r != lead && (leadPassed || leads == null || !r.segment().equals(leads.against()))) rest.add(r);
            if (n > 1) {
                if (!rest.isEmpty()) {
                    answer.append("; then ").append(join(rest.stream().map(r -> r.segment() + " (" + money(r.measures().get(col).sum())
                            + (net ? "" : ", " + f.percent(r.measures().get(col).share())) + ")").toList()));
                }
                answer.append('.');
                if (!net) answer.append(" Together the top ").append(n).append(" give ").append(f.percent(topShare)).append('.');
                ev.add(new Evidence("top " + n + " share of " + noun, topShare, ValueKind.SHARE));
            } else {
                answer.append('.');
            }
            smallNote(answer, rk);
            chart = charts.ranked(id, title, t, col, primary.kind(), primary.label(), lead.segment(), Charts.TOP);
        } else {
            double custShare = m.customers() == 0 ? Double.NaN : (double) lead.customers() / m.customers();
            boolean onlyBigger = leads != null && lift != null && !lift.passed() && spec.customerId() != null && !net;
            if (leadPassed || leads == null) {
                title = net ? lead.segment() + " gives most " + noun + ": " + money(leadSum)
                        : lead.segment() + " gives " + f.percent(leadShare) + " of " + noun
                        + (onlyBigger ? " from " + f.percent(custShare) + " of customers" : "");
                answer.append(lead.segment()).append(" gives most: ").append(money(leadSum));
                // the title already gives both shares when the leader is only bigger: the answer says why instead
                if (!net && !onlyBigger) answer.append(", ").append(f.percent(leadShare)).append(" of ").append(noun);
                if (!Double.isNaN(custShare) && t.rows().size() > 1 && !onlyBigger) {
                    answer.append(", from ").append(f.percent(custShare)).append(" of customers");
                    ev.add(new Evidence(lead.segment() + " share of customers", custShare, ValueKind.SHARE));
                }
                if (leads != null) {
                    double ratio = leads.otherValue() > 0 ? leads.value() / leads.otherValue() : Double.NaN;
                    if (!Double.isNaN(ratio) && ratio >= 1.3) {
                        answer.append(onlyBigger ? ", " : "; ").append(f.decimals(ratio, 1)).append("× ").append(leads.against())
                                .append(" (").append(money(leads.otherValue())).append(')');
                    } else {
                        answer.append("; next is ").append(leads.against()).append(" (").append(money(leads.otherValue())).append(')');
                    }
                }
                answer.append('.');
                if (lift != null && lift.passed()) {
                    answer.append(' ').append(liftSentence(lead.segment(), lift));
                    used.add(lift.id());
                } else if (lift != null && leads != null && spec.customerId() != null) {
                    answer.setLength(answer.length() - 1);
                    // a lift whose interval lies wholly below 1 (after the control) says the leader's customers give less
                    boolean less = lift.q() <= book.alpha() && lift.high() < 1;
                    answer.append(", because it has more customers; each gives ")
                            .append(less ? "less than the rest (" : "about the same as the rest (")
                            .append(money(lift.value())).append(" against ").append(money(lift.otherValue())).append(").");
                    used.add(lift.id());
                }
            } else {
                title = lead.segment() + " and " + leads.against() + " are too close to call";
                answer.append(tooClose).append('.');
                if (lift != null && lift.passed()) {
                    answer.append(' ').append(liftSentence(lead.segment(), lift));
                    used.add(lift.id());
                }
            }
            smallNote(answer, rk);
            CrossTab x = q.split() == null ? null : m.crossTab(q.dimension().name(), q.split().name());
            if (x != null) {
                int r = x.rows().indexOf(lead.segment());
                double rowSum = x.sums().get(r).stream().mapToDouble(Double::doubleValue).sum();
                Claim within = book.all().stream().filter(c -> c.kind() == Kind.WITHIN && c.id().startsWith("within:" + t.column() + ":"
                        + lead.segment() + ":")).findFirst().orElse(null);
                if (within != null && within.passed()) {
                    double share = rowSum == 0 ? Double.NaN : within.value() / rowSum;
                    answer.append(" Within ").append(lead.segment()).append(", ").append(within.subject()).append(" gives ")
                            .append(f.percent(share)).append(" (").append(money(within.value())).append(" against ")
                            .append(money(within.otherValue())).append(" for ").append(within.against()).append(").");
                    ev.add(new Evidence(within.subject() + " share within " + lead.segment(), share, ValueKind.SHARE));
                    used.add(within.id());
                }
                chart = charts.split(id, title, x, Layout.STACKED, primary.kind(), primary.label(), lead.segment(), t.binned());
            } else if (t.binned()) {
                chart = charts.columns(id, title, t, col, primary.kind(), primary.label(), lead.segment());
            } else if (t.rows().size() <= 6 && partsOfAWhole(t, col)) {
                chart = charts.donut(id, title, t, col, primary.kind(), lead.segment());
            } else {
                chart = charts.ranked(id, title, t, col, primary.kind(), primary.label(), lead.segment(), Charts.TOP);
            }
        }
        return new Finding(id, question, title, answer.toString(), lead.segment(), ev,
                marked(t, unhighlighted(chart, leads != null && !leadPassed)), used);
    }

    /** "Each Gold customer gives $1.1k against $722.7 for the rest (1.57×, 95% CI 1.48–1.66)." */
    private String liftSentence(String segment, Claim lift) {
        return "Each " + segment + (spec.customerId() != null ? " customer" : " record") + " gives " + money(lift.value())
                + " against " + money(lift.otherValue()) + " for the rest (" + f.decimals(lift.estimate(), 2) + "×, 95% CI "
                + f.decimals(lift.low(), 2) + "–" + f.decimals(lift.high(), 2) + ").";
    }

    /** A chart whose leader did not pass its test points at no bar. */
    private static ChartSpec unhighlighted(ChartSpec chart, boolean tooClose) {
        if (!tooClose) return chart;
        return switch (chart) {
            case ChartSpec.Bar b -> new ChartSpec.Bar(b.id(), b.title(), b.layout(), b.categories(), b.series(), b.kind(),
                    b.valueLabel(), null, b.small());
            case ChartSpec.Donut d -> new ChartSpec.Donut(d.id(), d.title(), d.labels(), d.values(), d.kind(), null);
            default -> chart;
        };
    }

    /** The chart with the segments under the minimum size marked (see {@link Charts#markSmall}). */
    private ChartSpec marked(SegmentTable t, ChartSpec chart) {
        Map<String, Long> sizes = new LinkedHashMap<>();
        for (Row r : t.rows()) sizes.put(r.segment(), size(r));
        return Charts.markSmall(chart, sizes, book.minSize());
    }

    /** Segments are parts of a whole (a donut, a share) only when none is negative: refunds, write-offs. */
    private static boolean partsOfAWhole(SegmentTable t, String col) {
        return t.rows().stream().noneMatch(r -> r.measures().get(col) != null && r.measures().get(col).sum() < 0);
    }

    public List<Kpi> kpis() {
        if (!spec.kpis().isEmpty()) return chosenKpis();
        List<Kpi> out = new ArrayList<>();
        Metrics.Previous prev = m.previous();
        Function<String, Metrics.Totals> prevTotals = c -> prev == null ? null : prev.totals().get(c);
        Metrics.Totals t = m.totals().get(primary.column());
        if (additive) {
            out.add(kpi(primary.column() + ".sum", prefixed("Total", noun), t.sum(), primary.kind(),
                    prevTotals.apply(primary.column()) == null ? Double.NaN : prevTotals.apply(primary.column()).sum()));
        }
        boolean hasCustomers = spec.customerId() != null;
        if (hasCustomers) {
            out.add(kpi("customers", "Customers", m.customers(), ValueKind.COUNT, prev == null ? Double.NaN : prev.customers()));
        }
        if (m.orders() > 0) {
            // order lines: the transactions are the orders, not their lines
            if (!hasCustomers || m.orders() != m.customers()) {
                out.add(kpi("orders", "Orders", m.orders(), ValueKind.COUNT, prev == null || prev.orders() == 0 ? Double.NaN : prev.orders()));
            }
        } else if (!hasCustomers || m.rows() != m.customers()) {
            out.add(kpi("rows", hasCustomers ? "Transactions" : "Records", m.rows(), ValueKind.COUNT, prev == null ? Double.NaN : prev.rows()));
        }
        if (additive && m.orders() > 0) {
            // a line's amount is not what a customer spends at once: the order is
            double prevPer = prev == null || prev.orders() == 0 ? Double.NaN : prevTotals.apply(primary.column()).sum() / prev.orders();
            out.add(kpi(primary.column() + ".per_order", capital(noun) + " per order", t.sum() / m.orders(), primary.kind(), prevPer));
        } else {
            out.add(kpi(primary.column() + ".mean", prefixed("Average", additive ? singular(noun) : noun), t.mean(), primary.kind(),
                    prevTotals.apply(primary.column()) == null ? Double.NaN : prevTotals.apply(primary.column()).mean()));
        }
        if (additive && hasCustomers && m.rows() != m.customers() && m.customers() > 0) {
            double perCustomer = t.sum() / m.customers();
            double prevPer = prev == null || prev.customers() == 0 ? Double.NaN
                    : prevTotals.apply(primary.column()).sum() / prev.customers();
            out.add(kpi(primary.column() + ".per_customer", capital(noun) + " per customer", perCustomer, primary.kind(), prevPer));
        }
        for (var ms : spec.measures()) {
            if (out.size() >= 5 || ms.primary()) continue;
            Metrics.Totals mt = m.totals().get(ms.column().name());
            Metrics.Totals pt = prevTotals.apply(ms.column().name());
            boolean avg = ms.kind() != ValueKind.MONEY && ms.kind() != ValueKind.COUNT;
            out.add(kpi(ms.column().name() + (avg ? ".mean" : ".sum"), prefixed(avg ? "Average" : "Total", ms.label()),
                    avg ? mt.mean() : mt.sum(), ms.kind(), pt == null ? Double.NaN : avg ? pt.mean() : pt.sum()));
        }
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    /** Bands of a mean-ranked primary measure: how many customers fall in each, titled by the largest band. */
    private ChartSpec bandsOfThePrimary(String id, SegmentTable t) {
        Row most = t.rows().stream().max(java.util.Comparator.comparingLong(Row::customers)).orElseThrow();
        long all = t.rows().stream().mapToLong(Row::customers).sum();
        String title = most.segment() + " holds the most customers: " + f.exact(most.customers(), ValueKind.COUNT)
                + " (" + f.percent(all == 0 ? Double.NaN : (double) most.customers() / all) + ")";
        return charts.customersPerBand(id, title, t, most.segment());
    }

    /** The tiles the spec's {@code kpis:} chose, in its order. */
    private List<Kpi> chosenKpis() {
        Metrics.Previous prev = m.previous();
        List<Kpi> out = new ArrayList<>();
        for (var k : spec.kpis()) {
            switch (k.what()) {
                case "customers" -> out.add(kpi("customers", "Customers", m.customers(), ValueKind.COUNT,
                        prev == null ? Double.NaN : prev.customers()));
                case "rows" -> out.add(kpi("rows", spec.customerId() != null ? "Transactions" : "Records", m.rows(),
                        ValueKind.COUNT, prev == null ? Double.NaN : prev.rows()));
                default -> out.add(measureKpi(spec.measures().get(k.measure()), k.stat(), prev));
            }
        }
        return out;
    }

    private Kpi measureKpi(BriefSpec.MeasureSpec ms, String stat, Metrics.Previous prev) {
        String col = ms.column().name();
        Metrics.Totals t = m.totals().get(col);
        Metrics.Totals p = prev == null ? null : prev.totals().get(col);
        return switch (stat) {
            case "sum" -> kpi(col + ".sum", prefixed("Total", ms.label()), t.sum(), ms.kind(), p == null ? Double.NaN : p.sum());
            case "mean" -> kpi(col + ".mean", prefixed("Average", ms.label()), t.mean(), ms.kind(), p == null ? Double.NaN : p.mean());
            default -> kpi(col + ".per_customer", capital(ms.label()) + " per customer",
                    m.customers() == 0 ? Double.NaN : t.sum() / m.customers(), ms.kind(),
                    p == null || prev.customers() == 0 ? Double.NaN : p.sum() / prev.customers());
        };
    }

    /** "average spending score", or "average rating" for a measure already called so. */
    private String averageNoun() {
        return prefixed("Average", noun).toLowerCase(Locale.ROOT);
    }

    /** "Total spend", never "Total total spend": a label that already starts with the word keeps its own. */
    static String prefixed(String word, String label) {
        String l = label.toLowerCase(Locale.ROOT);
        return l.startsWith(word.toLowerCase(Locale.ROOT) + " ") ? capital(l) : word + " " + l;
    }

    private static Kpi kpi(String key, String label, double value, ValueKind kind, double previous) {
        double change = Double.isNaN(previous) || previous == 0 ? Double.NaN : (value - previous) / Math.abs(previous);
        return new Kpi(key, label, value, kind, change);
    }

    /**
     * The strongest passed claim a finding's title renders (smallest q, then p, then question order); without one, the
     * figures alone, with no comparison.
     */
    public String headline(List<Finding> findings) {
        Finding best = null;
        Claim bestClaim = null;
        for (Finding fd : findings) {
            if (fd.claims().isEmpty()) continue;
            Claim c = book.get(fd.claims().getFirst());
            if (c == null || !c.passed()) continue;
            if (bestClaim == null || c.q() < bestClaim.q() || (c.q() == bestClaim.q() && c.p() < bestClaim.p())) {
                best = fd;
                bestClaim = c;
            }
        }
        if (best != null) return best.title();
        // no title's claim passed: a passed lift inside an answer ("25-34 averages 63.2 against 45.4 for the rest")
        Claim lift = findings.stream().flatMap(fd -> fd.claims().stream()).map(book::get)
                .filter(c -> c != null && c.passed() && c.kind() == Kind.LIFT)
                .min(java.util.Comparator.comparingDouble(Claim::q).thenComparingDouble(Claim::p)).orElse(null);
        if (lift != null) {
            return additive ? liftSentence(lift.subject(), lift).replaceAll("\\.$", "")
                    : lift.subject() + " averages " + num(lift.value()) + " " + noun + " against " + num(lift.otherValue())
                      + " for the rest";
        }
        Metrics.Totals t = m.totals().get(primary.column());
        String who = spec.customerId() == null ? " records" : " customers";
        long n = spec.customerId() == null ? m.rows() : m.customers();
        if (!additive) return prefixed("Average", noun) + " " + num(t.mean()) + " across " + f.compact(n, ValueKind.COUNT) + who;
        return money(t.sum()) + " of " + noun + " from " + f.compact(n, ValueKind.COUNT) + who;
    }

    /**
     * One line of advice: the segment of a questioned dimension whose value per customer beats the rest's most, its
     * lift's interval above 1 after the false-discovery control, with at least the minimum number of customers.
     */
    public String recommendation() {
        claims();
        Claim best = null;
        for (Claim c : book.all()) {
            if (c.kind() != Kind.LIFT || !c.passed() || c.subject().equals(SegmentTable.MISSING)) continue;
            if (best == null || c.estimate() > best.estimate()) best = c;
        }
        if (best == null) {
            return "No segment stands out this period: no group of at least " + book.minSize() + " " + unitWord() + " "
                    + (additive ? "gives more per customer" : "averages higher " + noun) + " than the rest beyond chance.";
        }
        String each = additive ? money(best.value()) + " of " + noun + " each" : "an " + averageNoun() + " of " + num(best.value());
        return "Focus the next campaign on " + best.subject() + " (" + label(best.dimension()) + "): its "
                + f.compact(best.size(), ValueKind.COUNT) + " " + unitWord() + " " + (additive ? "give " : "have ") + each
                + " against " + (additive ? money(best.otherValue()) : num(best.otherValue())) + " for the rest, "
                + f.decimals(best.estimate(), 2) + "× (95% CI " + f.decimals(best.low(), 2) + "–" + f.decimals(best.high(), 2) + ").";
    }

    private String label(String column) {
        for (var d : spec.dimensions()) if (d.column().name().equals(column)) return d.label().toLowerCase(Locale.ROOT);
        for (var b : spec.bins()) if (b.column().name().equals(column)) return b.label().toLowerCase(Locale.ROOT);
        return column;
    }

    public Brief assemble(Meta meta, DataQuality quality, List<Finding> findings, String recommendation,
                          Optional<Clustering> clustering, Optional<RfmSummary> rfm) {
        List<Measure> measures = spec.measures().stream()
                .map(x -> new Measure(x.column().name(), x.label(), x.kind(), x.primary())).toList();
        List<SegmentTable> segments = new ArrayList<>();
        int i = 0;
        for (SegmentTable t : m.segments()) {
            String id = "seg" + (++i);
            if (!additive && t.binned() && t.column().equals(primary.column())) {
                segments.add(new SegmentTable(t.dimension(), t.column(), t.binned(), t.rows(), bandsOfThePrimary(id, t)));
                continue;
            }
            Row lead = charts.byValue(t, primary.column()).getFirst();
            String title = additive && !partsOfAWhole(t, primary.column())
                    ? lead.segment() + " gives most " + noun + ": " + money(lead.measures().get(primary.column()).sum())
                    : additive ? lead.segment() + " gives " + f.percent(lead.measures().get(primary.column()).share()) + " of " + noun
                    : lead.segment() + " has the highest " + noun + ": " + num(lead.measures().get(primary.column()).mean());
            ChartSpec chart = t.binned() ? charts.columns(id, title, t, primary.column(), primary.kind(), primary.label(), lead.segment())
                    : charts.ranked(id, title, t, primary.column(), primary.kind(), primary.label(), lead.segment(), 15);
            segments.add(new SegmentTable(t.dimension(), t.column(), t.binned(), t.rows(), chart));
        }
        List<CrossTab> crossTabs = new ArrayList<>();
        i = 0;
        for (CrossTab x : m.crossTabs()) {
            crossTabs.add(x.withChart(charts.crossTab("xt" + (++i), x, primary.kind(), primary.label())));
        }
        List<Trend> trends = new ArrayList<>();
        for (Trend t : m.trends()) {
            Trend.Point peak = t.points().stream().max(java.util.Comparator.comparingDouble(Trend.Point::sum)).orElseThrow();
            String title = capital(noun) + " peaked in " + peak.period() + " at " + money(peak.sum());
            trends.add(new Trend(t.grain(), t.measure(), t.points(), charts.trend("trend-" + t.grain(), title, t, primary.kind(),
                    primary.label(), peak.period())));
        }
        List<Distribution> distributions = new ArrayList<>();
        i = 0;
        for (Distribution d : m.distributions()) {
            distributions.add(new Distribution(d.column(), d.label(), d.kind(), d.overall(), d.histogramCounts(), d.histogramEdges(),
                    d.groupColumn(), d.groups(), charts.distribution("dist" + (++i), d, m.density(d.column()))));
        }
        rfm = rfm.map(r -> r.chart() != null ? r
                : new RfmSummary(r.referenceDate(), r.customers(), r.segments(), Charts.rfm(r.segments()), r.orderColumn()));
        List<Kpi> kpis = kpis();
        return new Brief(meta, quality, measures, kpis, headline(findings), recommendation, findings, segments, crossTabs,
                trends, distributions, clustering, rfm, claims().all(), null, PageOrder.strongestFirst(findings, book));
    }

    private String money(double v) {
        return f.compact(v, primary.kind());
    }

    static String join(List<String> items) {
        if (items.size() <= 1) return items.isEmpty() ? "" : items.getFirst();
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    private static String singular(String s) {
        return s.endsWith("ies") ? s.substring(0, s.length() - 3) + "y" : s.endsWith("s") && !s.endsWith("ss") ? s.substring(0, s.length() - 1) : s;
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
