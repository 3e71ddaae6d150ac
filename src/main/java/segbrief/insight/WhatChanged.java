package segbrief.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.SegmentTable;
import segbrief.brief.Snapshot;
import segbrief.brief.ValueKind;

/**
 * This period against the archived snapshot of the one before: every KPI and segment figure with its change and
 * test, the few that passed worded for the executive page, and a new leader when the lead really changed hands.
 */
public final class WhatChanged {
    /** At most this many changes are worded on the executive page. */
    static final int SINCE_LINES = 3;

    private final Brief brief;
    private final Snapshot before;
    private final Formats f;

    public WhatChanged(Brief brief, Snapshot before) {
        this.brief = brief;
        this.before = before;
        this.f = brief.formats();
    }

    /** A change and the sentence that states it when it passes. */
    record Tested(Continuity.Change change, String sentence, int rank) {}

    public List<Continuity.Change> changes() {
        return tested().stream().map(Tested::change).toList();
    }

    private List<Tested> tested;

    /** Every change, tested, with the Benjamini–Hochberg control over the family of tests (a brief runs dozens). */
    List<Tested> tested() {
        if (tested == null) tested = judged(raw());
        return tested;
    }

    /** Each change with its q; significant when q is below 0.05. */
    static List<Tested> judged(List<Tested> in) {
        double[] q = StatTests.benjaminiHochberg(in.stream().mapToDouble(t -> t.change().p()).toArray());
        List<Tested> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Continuity.Change c = in.get(i).change();
            boolean significant = !Double.isNaN(q[i]) && q[i] < ChangeTest.ALPHA;
            out.add(new Tested(new Continuity.Change(c.key(), c.group(), c.label(), c.kind(), c.previous(), c.current(),
                    c.difference(), c.low(), c.high(), c.test(), c.p(), significant, q[i]), in.get(i).sentence(), in.get(i).rank()));
        }
        return out;
    }

    /** The passed changes in words, leaders first, then by p. */
    public List<String> since() {
        return tested().stream().filter(t -> t.change().significant() && t.sentence() != null)
                .sorted(Comparator.comparingInt(Tested::rank).thenComparingDouble(t -> t.change().p()))
                .limit(SINCE_LINES).map(Tested::sentence).toList();
    }

    private List<Tested> raw() {
        List<Tested> out = new ArrayList<>();
        String primary = brief.primaryMeasure().column();
        Continuity.Spread all1 = spread(brief.continuity().spreads(), null, null);
        Continuity.Spread all0 = spread(before.spreads(), null, null);
        Map<String, Kpi> old = new HashMap<>();
        before.kpis().forEach(k -> old.put(k.key(), k));
        for (Kpi k : brief.kpis()) {
            Kpi o = old.get(k.key());
            if (o == null) continue;
            ChangeTest t;
            if (k.key().equals("customers") || k.key().equals("rows")) {
                t = ChangeTest.counts(Math.round(o.value()), Math.round(k.value()));
            } else if (k.key().equals(primary + ".sum") && all0 != null && all1 != null) {
                t = ChangeTest.totals(all0.n(), all0.mean(), all0.variance(), all1.n(), all1.mean(), all1.variance());
                t = new ChangeTest(t.test(), o.value(), k.value(), k.value() - o.value(), t.low(), t.high(), t.p(), t.n0(), t.n1());
            } else if (k.key().equals(primary + ".per_customer") && all0 != null && all1 != null) {
                t = ChangeTest.welch(all0.n(), all0.mean(), all0.variance(), all1.n(), all1.mean(), all1.variance());
            } else {
                t = ChangeTest.untested(o.value(), k.value(), 0, 0);
            }
            out.add(new Tested(change(k.key(), "kpi", k.label(), k.kind(), t), kpiSentence(k.label(), k.kind(), t), 1));
        }
        long customers0 = before.customers();
        long customers1 = brief.quality().customers();
        ValueKind money = brief.primaryMeasure().kind();
        for (SegmentTable table : brief.segments()) {
            for (SegmentTable.Row r : table.rows()) {
                Snapshot.Segment o = segment(table.column(), r.segment());
                if (o == null) continue;
                String key = table.column() + "=" + r.segment();
                ChangeTest share = ChangeTest.proportions(o.customers(), customers0, r.customers(), customers1);
                out.add(new Tested(change(key + ".customer_share", table.dimension(), r.segment() + ": share of customers",
                        ValueKind.SHARE, share), shareSentence(r.segment(), share), 3));
                Continuity.Spread s0 = spread(before.spreads(), table.column(), r.segment());
                Continuity.Spread s1 = spread(brief.continuity().spreads(), table.column(), r.segment());
                if (s0 != null && s1 != null) {
                    ChangeTest v = ChangeTest.welch(s0.n(), s0.mean(), s0.variance(), s1.n(), s1.mean(), s1.variance());
                    out.add(new Tested(change(key + ".per_customer", table.dimension(), r.segment() + ": "
                            + brief.primaryMeasure().label().toLowerCase(f.locale()) + " per customer", money, v),
                            perCustomerSentence(r.segment(), money, v), 2));
                }
            }
            leader(table).ifPresent(out::add);
        }
        return out;
    }

    /** The top segment by the primary measure changed hands, tested on this period's totals of the two. */
    private java.util.Optional<Tested> leader(SegmentTable table) {
        if (table.rows().isEmpty() || table.binned()) return java.util.Optional.empty();
        String now = table.rows().getFirst().segment();
        String then = before.segments().stream().filter(s -> s.column().equals(table.column()) && !Double.isNaN(s.share()))
                .max(Comparator.comparingDouble(Snapshot.Segment::share).thenComparing(Snapshot.Segment::segment, Comparator.reverseOrder()))
                .map(Snapshot.Segment::segment).orElse(null);
        if (then == null || Objects.equals(now, then)) return java.util.Optional.empty();
        Continuity.Spread a = spread(brief.continuity().spreads(), table.column(), then);
        Continuity.Spread b = spread(brief.continuity().spreads(), table.column(), now);
        if (a == null || b == null) return java.util.Optional.empty();
        ChangeTest t = ChangeTest.totals(a.n(), a.mean(), a.variance(), b.n(), b.mean(), b.variance());
        String sentence = now + " overtook " + then + " as the top " + table.dimension().toLowerCase(f.locale()) + " ("
                + f.compact(t.current(), brief.primaryMeasure().kind()) + " against " + f.compact(t.previous(), brief.primaryMeasure().kind()) + ")";
        return java.util.Optional.of(new Tested(change(table.column() + ".leader", table.dimension(), "Top " + table.dimension().toLowerCase(f.locale())
                + ": " + then + " → " + now, brief.primaryMeasure().kind(), t), sentence, 0));
    }

    private static Continuity.Change change(String key, String group, String label, ValueKind kind, ChangeTest t) {
        return new Continuity.Change(key, group, label, kind, t.previous(), t.current(), t.difference(), t.low(), t.high(),
                t.test(), t.p(), false, Double.NaN);
    }

    private String kpiSentence(String label, ValueKind kind, ChangeTest t) {
        if (t.previous() == 0) return null;
        return label + " " + (t.difference() >= 0 ? "rose" : "fell") + " from " + f.compact(t.previous(), kind) + " to "
                + f.compact(t.current(), kind) + " (" + f.change(t.difference() / Math.abs(t.previous())) + ")";
    }

    private String shareSentence(String segment, ChangeTest t) {
        return segment + ": " + f.percent(t.current()) + " of customers, " + (t.difference() >= 0 ? "up" : "down") + " from "
                + f.percent(t.previous());
    }

    private String perCustomerSentence(String segment, ValueKind kind, ChangeTest t) {
        return segment + ": " + f.compact(t.current(), kind) + " per customer, " + (t.difference() >= 0 ? "up" : "down")
                + " from " + f.compact(t.previous(), kind);
    }

    private Snapshot.Segment segment(String column, String name) {
        for (Snapshot.Segment s : before.segments()) if (s.column().equals(column) && s.segment().equals(name)) return s;
        return null;
    }

    static Continuity.Spread spread(List<Continuity.Spread> spreads, String column, String segment) {
        for (Continuity.Spread s : spreads) {
            if (Objects.equals(s.column(), column) && Objects.equals(s.segment(), segment)) return s;
        }
        return null;
    }
}
