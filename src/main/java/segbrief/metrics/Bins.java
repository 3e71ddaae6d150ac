package segbrief.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import segbrief.engine.Engine;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec.BinSpec;

/** Turns a bin spec into a SQL CASE expression and the labels in order. */
final class Bins {
    private Bins() {}

    static Dim dim(BinSpec b, Engine engine, String view, String customer, EdgeText f) {
        List<Double> edges = b.edges();
        List<String> labels = b.labels();
        String x = Sql.id(b.column().name());
        if (b.quantiles() > 0) {
            edges = quantileEdges(engine, view, x, customer, b.quantiles());
            labels = quantileLabels(edges, f);
            return build(b, x, edges.subList(1, edges.size() - 1), labels, false);
        }
        if (labels.isEmpty()) labels = rangeLabels(edges);
        return build(b, x, edges, labels, true);
    }

    /** edges e0 < e1 < ... ; labels.size() == edges.size(): [e0,e1) ... [e_last, ∞). Below e0 is "Under e0". */
    private static Dim build(BinSpec b, String x, List<Double> edges, List<String> labels, boolean openBelow) {
        List<String> cuts = new ArrayList<>();
        List<String> thens = new ArrayList<>();
        List<String> order = new ArrayList<>();
        if (openBelow) {
            String under = "Under " + num(edges.getFirst());
            cuts.add(lit(edges.getFirst()));
            thens.add(under);
            order.add(under);
            for (int i = 1; i < edges.size(); i++) {
                cuts.add(lit(edges.get(i)));
                thens.add(labels.get(i - 1));
            }
        } else {
            for (int i = 0; i < edges.size(); i++) {
                cuts.add(lit(edges.get(i)));
                thens.add(labels.get(i));
            }
        }
        Dim.Case branches = new Dim.Case(x, cuts, openBelow, thens, labels.getLast());
        order.addAll(labels);
        return new Dim(b.column().name(), b.label(), branches.sql(), true, order, branches);
    }

    private static List<Double> quantileEdges(Engine engine, String view, String x, String customer, int q) {
        List<Double> probs = new ArrayList<>();
        for (int i = 1; i < q; i++) probs.add((double) i / q);
        String from = customer == null ? view
                : "(SELECT " + Sql.id(customer) + ", min(" + x + ") AS " + x + " FROM " + view
                  + " GROUP BY " + Sql.id(customer) + ")";
        List<Double> edges = new ArrayList<>();
        try (var r = engine.query("quantile edges of " + x, "SELECT min(" + x + "), " + engine.dialect().quantiles(x, probs)
                + ", max(" + x + ") FROM " + from)) {
            r.next();
            edges.add(r.getDouble(1));
            for (Object c : r.getList(2)) edges.add(((Number) c).doubleValue());
            edges.add(r.getDouble(3));
        }
        return edges;
    }

    private static List<String> quantileLabels(List<Double> edges, EdgeText f) {
        int q = edges.size() - 1;
        String prefix = q == 5 ? "Q" : q == 4 ? "Q" : q == 10 ? "D" : "B";
        List<String> out = new ArrayList<>();
        // each bin holds its lower edge and not its upper one (the last holds both): the labels say so, never overlapping
        for (int i = 0; i < q; i++) {
            out.add(prefix + (i + 1) + " (" + f.of(edges.get(i)) + (i + 1 < q ? " to under " : " to ")
                    + f.of(edges.get(i + 1)) + ")");
        }
        return out;
    }

    /** [18, 25, 35, 65] → 18-24, 25-34, 35-64, 65+ (integers) or 1.5 to under 2.5 … (decimals). */
    static List<String> rangeLabels(List<Double> edges) {
        boolean ints = edges.stream().allMatch(e -> e == Math.rint(e));
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < edges.size(); i++) {
            out.add(ints ? num(edges.get(i)) + "-" + num(edges.get(i + 1) - 1)
                    : num(edges.get(i)) + " to under " + num(edges.get(i + 1)));
        }
        out.add(num(edges.getLast()) + "+");
        return out;
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    private static String lit(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }
}
