package segbrief.metrics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.ChartSpec;
import segbrief.brief.Distribution;
import segbrief.brief.Distribution.Group;
import segbrief.brief.Distribution.Summary;
import segbrief.brief.ValueKind;
import segbrief.source.Sql;

/**
 * Summaries, histograms and kernel density estimates of numeric columns, overall and per group. The density is a
 * binned Gaussian KDE: SQL counts every value into 256 fine bins, Java smooths the bins; so it covers every row,
 * costs one pass, and is deterministic.
 */
final class Distributions {
    private static final int FINE_BINS = 256;
    private static final int CURVE_POINTS = 96;
    private static final int MAX_GROUPS = 8;

    private final Statement st;
    private final String view;

    Distributions(Statement st, String view) {
        this.st = st;
        this.view = view;
    }

    record Column(String name, String label, ValueKind kind) {}

    List<Distribution> compute(List<Column> columns, String by) throws SQLException {
        List<Distribution> out = new ArrayList<>();
        for (Column c : columns) {
            String x = Sql.id(c.name());
            Summary all = summary(x, null, null);
            if (all == null || all.n() == 0) continue;
            double lo = all.min();
            double hi = upper(x, all);
            List<Double> edges = niceEdges(lo, hi);
            List<Long> counts = histogram(x, edges);
            List<Group> groups = new ArrayList<>();
            if (by != null && !by.equals(c.name())) {
                for (String g : topGroups(by)) {
                    Summary s = summary(x, by, g);
                    if (s == null || s.n() < 2) continue;
                    double[][] curve = density(x, by, g, s, lo, hi);
                    groups.add(new Group(g, s, toList(curve[0]), toList(curve[1])));
                }
            }
            double[][] curve = density(x, null, null, all, lo, hi);
            // The overall density travels in the histogram; the insight stage titles it and adds box and violin.
            ChartSpec histogram = new ChartSpec.Histogram(c.name() + "-hist", "Distribution of " + c.label().toLowerCase(java.util.Locale.ROOT),
                    c.label(), edges, counts, toList(curve[0]), toList(curve[1]));
            out.add(new Distribution(c.name(), c.label(), c.kind(), all, counts, edges, by == null || by.equals(c.name()) ? null : by,
                    groups, List.of(histogram)));
        }
        return out;
    }

    /** The histogram's top: the maximum, or the 99th percentile when a long tail would squash every bar into one. */
    private double upper(String x, Summary s) throws SQLException {
        double iqr = s.q3() - s.q1();
        if (iqr > 0 && s.max() > s.q3() + 10 * iqr) {
            try (ResultSet r = st.executeQuery("SELECT quantile_cont(" + x + ", 0.99) FROM " + view)) {
                r.next();
                return r.getDouble(1);
            }
        }
        return s.max();
    }

    private Summary summary(String x, String by, String group) throws SQLException {
        String where = " WHERE " + x + " IS NOT NULL" + groupFilter(by, group);
        try (ResultSet r = st.executeQuery("SELECT count(" + x + "), avg(" + x + "), stddev_samp(" + x + "), min(" + x
                + "), quantile_cont(" + x + ", [0.25, 0.5, 0.75]), max(" + x + ") FROM " + view + where)) {
            r.next();
            long n = r.getLong(1);
            if (n == 0) return null;
            Object[] q = (Object[]) r.getArray(5).getArray();
            double sd = r.getDouble(3);
            return new Summary(n, r.getDouble(2), r.wasNull() ? 0 : sd, r.getDouble(4), ((Number) q[0]).doubleValue(),
                    ((Number) q[1]).doubleValue(), ((Number) q[2]).doubleValue(), r.getDouble(6));
        }
    }

    private List<String> topGroups(String by) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet r = st.executeQuery("SELECT CAST(" + Sql.id(by) + " AS VARCHAR) AS g, count(*) AS n FROM " + view
                + " WHERE " + Sql.id(by) + " IS NOT NULL GROUP BY g ORDER BY n DESC, g LIMIT " + MAX_GROUPS)) {
            while (r.next()) out.add(r.getString(1));
        }
        out.sort(String::compareTo);
        return out;
    }

    private List<Long> histogram(String x, List<Double> edges) throws SQLException {
        int bins = edges.size() - 1;
        double lo = edges.getFirst();
        double w = edges.get(1) - edges.get(0);
        long[] counts = new long[bins];
        try (ResultSet r = st.executeQuery("SELECT least(greatest(CAST(floor((" + x + " - " + lo + ") / " + w
                + ") AS BIGINT), 0), " + (bins - 1) + ") AS b, count(*) FROM " + view + " WHERE " + x + " IS NOT NULL GROUP BY b")) {
            while (r.next()) counts[r.getInt(1)] += r.getLong(2);
        }
        List<Long> out = new ArrayList<>();
        for (long c : counts) out.add(c);
        return out;
    }

    /** Gaussian KDE with Silverman's bandwidth, from fine-binned counts; y is a probability density. */
    private double[][] density(String x, String by, String group, Summary s, double lo, double hi) throws SQLException {
        double span = hi - lo;
        double[] xs = new double[CURVE_POINTS];
        double[] ys = new double[CURVE_POINTS];
        if (span <= 0) {
            for (int i = 0; i < CURVE_POINTS; i++) xs[i] = lo;
            return new double[][]{xs, ys};
        }
        double fw = span / FINE_BINS;
        Map<Integer, Long> fine = new LinkedHashMap<>();
        try (ResultSet r = st.executeQuery("SELECT least(greatest(CAST(floor((" + x + " - " + lo + ") / " + fw
                + ") AS BIGINT), 0), " + (FINE_BINS - 1) + ") AS b, count(*) FROM " + view + " WHERE " + x
                + " IS NOT NULL" + groupFilter(by, group) + " GROUP BY b ORDER BY b")) {
            while (r.next()) fine.put(r.getInt(1), r.getLong(2));
        }
        double spread = Math.min(s.sd(), (s.q3() - s.q1()) / 1.34);
        if (spread <= 0) spread = s.sd() > 0 ? s.sd() : span / 10;
        double h = Math.max(0.9 * spread * Math.pow(s.n(), -0.2), fw);
        double n = fine.values().stream().mapToLong(Long::longValue).sum();
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = lo + span * i / (CURVE_POINTS - 1);
            double sum = 0;
            for (var e : fine.entrySet()) {
                double u = (xs[i] - (lo + (e.getKey() + 0.5) * fw)) / h;
                if (Math.abs(u) < 6) sum += e.getValue() * Math.exp(-0.5 * u * u);
            }
            ys[i] = sum / (n * h * Math.sqrt(2 * Math.PI));
        }
        return new double[][]{xs, ys};
    }

    private static String groupFilter(String by, String group) {
        return by == null ? "" : " AND CAST(" + Sql.id(by) + " AS VARCHAR) = " + Sql.str(group);
    }

    /** About 16 bins of a round width (1, 2 or 5 × 10^k) covering [lo, hi]. */
    static List<Double> niceEdges(double lo, double hi) {
        if (hi <= lo) return List.of(lo - 0.5, lo + 0.5);
        double raw = (hi - lo) / 16;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double w = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        double start = Math.floor(lo / w) * w;
        List<Double> edges = new ArrayList<>();
        for (double e = start; e < hi + w * 1e-9 || edges.size() < 2; e += w) {
            edges.add(Math.round(e / w) * w);
        }
        if (edges.getLast() <= hi) edges.add(edges.getLast() + w);
        return edges;
    }

    private static List<Double> toList(double[] a) {
        List<Double> out = new ArrayList<>(a.length);
        for (double v : a) out.add(v);
        return out;
    }
}
