package segbrief.insight;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import segbrief.brief.Brief;
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

    public BriefAssembler(BriefSpec spec, Metrics metrics, Formats formats) {
        this.spec = spec;
        this.m = metrics;
        this.f = formats;
        var p = spec.primary();
        this.primary = new Measure(p.column().name(), p.label(), p.kind(), true);
        this.noun = p.label().toLowerCase(Locale.ROOT);
        this.additive = p.kind() != ValueKind.NUMBER;
        this.charts = new Charts(!additive);
    }

    /** The segment each question's answer is about, by column: the input of the recommendation's focus query. */
    public Map<String, String> subjects(List<Finding> findings) {
        Map<String, String> targets = new LinkedHashMap<>();
        Map<String, String> all = new LinkedHashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding fd = findings.get(i);
            QuestionSpec q = spec.questions().get(i);
            if (q.isTrend()) continue;
            if (fd.subject() != null && !fd.subject().equals(SegmentTable.MISSING)) {
                all.put(q.dimension().name(), fd.subject());
                // "top N" questions rank what to offer; the others say whom to target
                if (q.top() <= 1) targets.put(q.dimension().name(), fd.subject());
            }
        }
        return targets.isEmpty() ? all : targets;
    }

    /** The leaders of the "top N" questions, to name what the campaign should lead with. */
    public List<String> offers(List<Finding> findings) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            QuestionSpec q = spec.questions().get(i);
            if (!q.isTrend() && q.top() > 1 && findings.get(i).subject() != null) out.add(findings.get(i).subject());
        }
        return out;
    }

    public List<Finding> findings() {
        List<Finding> out = new ArrayList<>();
        int i = 0;
        for (QuestionSpec q : spec.questions()) {
            if (q.isTrend()) {
                Trend t = m.trends().stream().filter(x -> x.grain().equals(q.trend())).findFirst().orElse(null);
                if (t != null) out.add(trendAnswer(q, t, "q" + (++i)));
                continue;
            }
            SegmentTable t = m.segments(q.dimension().name());
            if (t == null || t.rows().isEmpty()) continue;
            out.add(answer(q, t, "q" + (++i)));
        }
        return out;
    }

    /** The primary measure over time: its peak, its low, and the last period against the one before. */
    private Finding trendAnswer(QuestionSpec q, Trend t, String id) {
        List<Trend.Point> pts = t.points();
        java.util.Comparator<Trend.Point> bySum = java.util.Comparator.comparingDouble(Trend.Point::sum);
        Trend.Point peak = pts.stream().max(bySum).orElseThrow();
        Trend.Point low = pts.stream().min(bySum).orElseThrow();
        Trend.Point last = pts.getLast();
        Trend.Point before = pts.get(pts.size() - 2);
        double change = before.sum() == 0 ? Double.NaN : (last.sum() - before.sum()) / before.sum();
        Trend.Point custPeak = pts.stream().max(java.util.Comparator.comparingLong(Trend.Point::customers)).orElseThrow();
        String title = capital(noun) + " peaked in " + peak.period() + " at " + money(peak.sum());
        StringBuilder a = new StringBuilder(title).append("; the low was ").append(low.period()).append(" (")
                .append(money(low.sum())).append("). ").append(last.period()).append(": ").append(money(last.sum()))
                .append(", ").append(f.change(change)).append(" on ").append(before.period()).append('.');
        if (spec.customerId() != null) {
            a.append(" Customers peaked at ").append(f.compact(custPeak.customers(), ValueKind.COUNT)).append(" in ")
                    .append(custPeak.period()).append('.');
        }
        String question = q.ask() != null ? q.ask() : "How did " + noun + " develop?";
        List<Evidence> ev = List.of(new Evidence("peak " + noun + " (" + peak.period() + ")", peak.sum(), primary.kind()),
                new Evidence("low " + noun + " (" + low.period() + ")", low.sum(), primary.kind()),
                new Evidence(last.period() + " change on " + before.period(), change, ValueKind.SHARE));
        return new Finding(id, question, title, a.toString(), peak.period(), ev,
                charts.trend(id, title, t, primary.kind(), primary.label(), peak.period()));
    }

    private Finding answer(QuestionSpec q, SegmentTable t, String id) {
        return additive ? answerBySum(q, t, id) : answerByMean(q, t, id);
    }

    /** For scores and ratings: which segment has the highest average, against the overall average. */
    private Finding answerByMean(QuestionSpec q, SegmentTable t, String id) {
        String col = primary.column();
        List<Row> ranked = rankedWithoutMissing(t);
        Row lead = ranked.getFirst();
        double mean = lead.measures().get(col).mean();
        double overall = m.totals().get(col).mean();
        String question = q.ask() != null ? q.ask() : "Which " + t.dimension().toLowerCase(Locale.ROOT) + " has the highest " + noun + "?";
        String title = lead.segment() + " has the highest " + noun + ": " + num(mean);
        double custShare = m.customers() == 0 ? Double.NaN : (double) lead.customers() / m.customers();
        StringBuilder answer = new StringBuilder(lead.segment()).append(" has the highest average ").append(noun).append(": ")
                .append(num(mean)).append(" against ").append(num(overall)).append(" overall, from ")
                .append(f.percent(custShare)).append(" of customers");
        if (ranked.size() > 1) {
            Row low = ranked.getLast();
            answer.append("; lowest is ").append(low.segment()).append(" (").append(num(low.measures().get(col).mean())).append(')');
        }
        answer.append('.');
        List<Evidence> ev = new ArrayList<>(List.of(new Evidence(lead.segment() + " average " + noun, mean, primary.kind()),
                new Evidence("overall average " + noun, overall, primary.kind()),
                new Evidence(lead.segment() + " share of customers", custShare, ValueKind.SHARE)));
        CrossTab x = q.split() == null ? null : m.crossTab(q.dimension().name(), q.split().name());
        ChartSpec chart;
        if (x != null) {
            CrossTab means = meansOf(x);
            int r = means.rows().indexOf(lead.segment());
            int best = 0;
            for (int c = 1; c < means.columns().size(); c++) if (means.sums().get(r).get(c) > means.sums().get(r).get(best)) best = c;
            answer.append(" Within ").append(lead.segment()).append(", ").append(means.columns().get(best)).append(" average ")
                    .append(num(means.sums().get(r).get(best))).append('.');
            chart = charts.split(id, title, means, Layout.GROUPED, primary.kind(), "Average " + noun, lead.segment(), t.binned());
        } else if (t.binned()) {
            chart = charts.columns(id, title, t, col, primary.kind(), "Average " + noun, lead.segment());
        } else {
            chart = charts.ranked(id, title, t, col, primary.kind(), "Average " + noun, lead.segment(), Charts.TOP);
        }
        return new Finding(id, question, title, answer.toString(), lead.segment(), ev, chart);
    }

    /** The cross-tab with each cell's mean in place of its sum. */
    private static CrossTab meansOf(CrossTab x) {
        List<List<Double>> means = new ArrayList<>();
        for (int r = 0; r < x.rows().size(); r++) {
            List<Double> row = new ArrayList<>();
            for (int c = 0; c < x.columns().size(); c++) {
                long n = x.counts().get(r).get(c);
                row.add(n == 0 ? 0.0 : x.sums().get(r).get(c) / n);
            }
            means.add(row);
        }
        return new CrossTab(x.rowDimension(), x.rowColumn(), x.columnDimension(), x.columnColumn(), x.measure(), x.rows(),
                x.columns(), means, x.counts(), null);
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
        List<Row> ranked = rankedWithoutMissing(t);
        Row lead = ranked.getFirst();
        double leadSum = lead.measures().get(col).sum();
        double leadShare = lead.measures().get(col).share();
        String question = q.ask() != null ? q.ask() : "Which " + t.dimension().toLowerCase(Locale.ROOT) + " gives most " + noun + "?";
        List<Evidence> ev = new ArrayList<>();
        ev.add(new Evidence(lead.segment() + " " + noun, leadSum, primary.kind()));
        ev.add(new Evidence(lead.segment() + " share of " + noun, leadShare, ValueKind.SHARE));
        StringBuilder answer = new StringBuilder();
        String title;
        ChartSpec chart;
        // with a negative segment (refunds) the total is net: a share of it can pass 100% and says nothing
        boolean net = !partsOfAWhole(t, col);
        if (q.top() > 1) {
            int n = Math.min(q.top(), ranked.size());
            List<Row> top = ranked.subList(0, n);
            double topShare = top.stream().mapToDouble(r -> Charts.nz(r.measures().get(col).share())).sum();
            title = n == 1 ? lead.segment() + " leads with " + money(leadSum)
                    : "Top " + n + ": " + join(top.stream().map(Row::segment).toList()) + (net ? "" : " (" + f.percent(topShare) + ")");
            answer.append(lead.segment()).append(" leads with ").append(money(leadSum));
            if (!net) answer.append(", ").append(f.percent(leadShare)).append(" of all ").append(noun);
            if (n > 1) {
                answer.append("; then ");
                List<String> rest = new ArrayList<>();
                for (Row r : top.subList(1, n)) {
                    rest.add(r.segment() + " (" + money(r.measures().get(col).sum())
                            + (net ? "" : ", " + f.percent(r.measures().get(col).share())) + ")");
                }
                answer.append(join(rest)).append('.');
                if (!net) answer.append(" Together the top ").append(n).append(" give ").append(f.percent(topShare)).append('.');
                ev.add(new Evidence("top " + n + " share of " + noun, topShare, ValueKind.SHARE));
            } else {
                answer.append('.');
            }
            chart = charts.ranked(id, title, t, col, primary.kind(), primary.label(), lead.segment(), Charts.TOP);
        } else {
            title = net ? lead.segment() + " gives most " + noun + ": " + money(leadSum)
                    : lead.segment() + " gives " + f.percent(leadShare) + " of " + noun;
            answer.append(lead.segment()).append(" gives most: ").append(money(leadSum));
            if (!net) answer.append(", ").append(f.percent(leadShare)).append(" of ").append(noun);
            double custShare = m.customers() == 0 ? Double.NaN : (double) lead.customers() / m.customers();
            if (!Double.isNaN(custShare) && t.rows().size() > 1) {
                answer.append(", from ").append(f.percent(custShare)).append(" of customers");
                ev.add(new Evidence(lead.segment() + " share of customers", custShare, ValueKind.SHARE));
            }
            if (ranked.size() > 1) {
                Row second = ranked.get(1);
                double s2 = second.measures().get(col).sum();
                double ratio = s2 > 0 ? leadSum / s2 : Double.NaN;
                if (!Double.isNaN(ratio) && ratio >= 1.3) {
                    answer.append("; ").append(f.decimals(ratio, 1)).append("× ").append(second.segment())
                            .append(" (").append(money(s2)).append(')');
                } else {
                    answer.append("; next is ").append(second.segment()).append(" (").append(money(s2))
                            .append(net ? "" : ", " + f.percent(second.measures().get(col).share())).append(')');
                }
            }
            answer.append('.');
            CrossTab x = q.split() == null ? null : m.crossTab(q.dimension().name(), q.split().name());
            if (x != null) {
                int r = x.rows().indexOf(lead.segment());
                double rowSum = x.sums().get(r).stream().mapToDouble(Double::doubleValue).sum();
                int best = 0;
                for (int c = 1; c < x.columns().size(); c++) if (x.sums().get(r).get(c) > x.sums().get(r).get(best)) best = c;
                double within = rowSum == 0 ? Double.NaN : x.sums().get(r).get(best) / rowSum;
                answer.append(" Within ").append(lead.segment()).append(", ").append(x.columns().get(best)).append(" gives ")
                        .append(f.percent(within)).append(" (").append(money(x.sums().get(r).get(best))).append(").");
                ev.add(new Evidence(x.columns().get(best) + " share within " + lead.segment(), within, ValueKind.SHARE));
                chart = charts.split(id, title, x, Layout.STACKED, primary.kind(), primary.label(), lead.segment(), t.binned());
            } else if (t.binned()) {
                chart = charts.columns(id, title, t, col, primary.kind(), primary.label(), lead.segment());
            } else if (t.rows().size() <= 6 && partsOfAWhole(t, col)) {
                chart = charts.donut(id, title, t, col, primary.kind(), lead.segment());
            } else {
                chart = charts.ranked(id, title, t, col, primary.kind(), primary.label(), lead.segment(), Charts.TOP);
            }
        }
        return new Finding(id, question, title, answer.toString(), lead.segment(), ev, chart);
    }

    /** Segments are parts of a whole (a donut, a share) only when none is negative: refunds, write-offs. */
    private static boolean partsOfAWhole(SegmentTable t, String col) {
        return t.rows().stream().noneMatch(r -> r.measures().get(col) != null && r.measures().get(col).sum() < 0);
    }

    public List<Kpi> kpis() {
        List<Kpi> out = new ArrayList<>();
        Metrics.Previous prev = m.previous();
        Function<String, Metrics.Totals> prevTotals = c -> prev == null ? null : prev.totals().get(c);
        Metrics.Totals t = m.totals().get(primary.column());
        if (additive) {
            out.add(kpi(primary.column() + ".sum", "Total " + noun, t.sum(), primary.kind(),
                    prevTotals.apply(primary.column()) == null ? Double.NaN : prevTotals.apply(primary.column()).sum()));
        }
        boolean hasCustomers = spec.customerId() != null;
        if (hasCustomers) {
            out.add(kpi("customers", "Customers", m.customers(), ValueKind.COUNT, prev == null ? Double.NaN : prev.customers()));
        }
        if (!hasCustomers || m.rows() != m.customers()) {
            out.add(kpi("rows", hasCustomers ? "Transactions" : "Records", m.rows(), ValueKind.COUNT, prev == null ? Double.NaN : prev.rows()));
        }
        out.add(kpi(primary.column() + ".mean", "Average " + (additive ? singular(noun) : noun), t.mean(), primary.kind(),
                prevTotals.apply(primary.column()) == null ? Double.NaN : prevTotals.apply(primary.column()).mean()));
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
            out.add(kpi(ms.column().name() + (avg ? ".mean" : ".sum"), (avg ? "Average " : "Total ") + ms.label().toLowerCase(Locale.ROOT),
                    avg ? mt.mean() : mt.sum(), ms.kind(), pt == null ? Double.NaN : avg ? pt.mean() : pt.sum()));
        }
        return out.size() > 5 ? out.subList(0, 5) : out;
    }

    private static Kpi kpi(String key, String label, double value, ValueKind kind, double previous) {
        double change = Double.isNaN(previous) || previous == 0 ? Double.NaN : (value - previous) / Math.abs(previous);
        return new Kpi(key, label, value, kind, change);
    }

    public String headline(List<Finding> findings) {
        if (findings.isEmpty()) {
            Metrics.Totals t = m.totals().get(primary.column());
            return money(t.sum()) + " of " + noun + " from " + f.compact(m.customers(), ValueKind.COUNT) + " customers";
        }
        return findings.getFirst().title();
    }

    /** One line of advice: the segment where the answers meet, with what it brings. */
    public String recommendation(Map<String, String> subjects, long focusRows, long focusCustomers, double focusSum,
                                 List<String> labels, List<String> offers) {
        if (subjects.isEmpty()) return "Add questions to the spec to get a recommendation.";
        double share = m.totals().get(primary.column()).sum() == 0 ? Double.NaN : focusSum / m.totals().get(primary.column()).sum();
        double custShare = m.customers() == 0 ? Double.NaN : (double) focusCustomers / m.customers();
        StringBuilder s = new StringBuilder("Focus the next campaign on ");
        s.append(join(labels));
        if (!additive) {
            double focusMean = focusRows == 0 ? Double.NaN : focusSum / focusRows;
            return s.append(": they average ").append(num(focusMean)).append(' ').append(noun).append(" against ")
                    .append(num(m.totals().get(primary.column()).mean())).append(" overall, and make up ")
                    .append(f.percent(custShare)).append(" of customers.").toString();
        }
        if (!offers.isEmpty()) s.append(", leading with ").append(offers.getFirst());
        // a share of a net total (refunds make it smaller than its parts) is not a share: say the amount only
        boolean partOfTotal = share >= 0 && share <= 1;
        s.append(": this group gives ").append(money(focusSum));
        if (partOfTotal) s.append(" (").append(f.percent(share)).append(" of ").append(noun).append(')');
        s.append(" from ").append(f.percent(custShare)).append(" of customers");
        if (partOfTotal && custShare > 0 && share / custShare >= 1.1) {
            s.append(", ").append(f.decimals(share / custShare, 1)).append("× its weight");
        }
        return s.append('.').toString();
    }

    public Brief assemble(Meta meta, DataQuality quality, List<Finding> findings, String recommendation,
                          Optional<Clustering> clustering, Optional<RfmSummary> rfm) {
        List<Measure> measures = spec.measures().stream()
                .map(x -> new Measure(x.column().name(), x.label(), x.kind(), x.primary())).toList();
        List<SegmentTable> segments = new ArrayList<>();
        int i = 0;
        for (SegmentTable t : m.segments()) {
            String id = "seg" + (++i);
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
            crossTabs.add(new CrossTab(x.rowDimension(), x.rowColumn(), x.columnDimension(), x.columnColumn(), x.measure(),
                    x.rows(), x.columns(), x.sums(), x.counts(), charts.crossTab("xt" + (++i), x, primary.kind(), primary.label())));
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
                    d.groupColumn(), d.groups(), charts.distribution("dist" + (++i), d)));
        }
        List<Kpi> kpis = kpis();
        return new Brief(meta, quality, measures, kpis, headline(findings), recommendation, findings, segments, crossTabs,
                trends, distributions, clustering, rfm);
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
