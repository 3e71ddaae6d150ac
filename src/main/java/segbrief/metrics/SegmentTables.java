package segbrief.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.brief.CrossTab;
import segbrief.brief.SegmentTable;
import segbrief.brief.SegmentTable.Row;
import segbrief.brief.SegmentTable.Stats;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.Col;

/**
 * Puts the segment queries' figures together (no SQL here): one table per dimension, its rows ordered (bins in bin
 * order, others by the primary measure), and the cross-tabs the spec and its questions ask for.
 */
final class SegmentTables {
    private final BriefSpec spec;
    private final SegmentKeys keys;

    SegmentTables(BriefSpec spec, SegmentKeys keys) {
        this.spec = spec;
        this.keys = keys;
    }

    /** The cross-tabs asked for, as (rows, columns) dimension places: the spec's, then the questions' splits. */
    List<int[]> crossTabPairs() {
        List<int[]> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<Col[]> wanted = new ArrayList<>();
        for (var c : spec.crossTabs()) wanted.add(new Col[]{c.rows(), c.columns()});
        for (var q : spec.questions()) if (q.split() != null && !q.isTrend()) wanted.add(new Col[]{q.dimension(), q.split()});
        for (Col[] w : wanted) {
            int a = keys.indexOf(w[0].name());
            int b = keys.indexOf(w[1].name());
            if (a < 0 || b < 0 || a == b) continue;
            if (seen.add(a + "x" + b)) out.add(new int[]{a, b});
        }
        return out;
    }

    /** Every pair (i < j) of questioned dimensions that no cross-tab groups already: one grouping set each. */
    List<int[]> associationPairs(List<int[]> pairs) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                int a = i;
                int b = j;
                boolean done = pairs.stream().anyMatch(p -> (p[0] == a && p[1] == b) || (p[0] == b && p[1] == a));
                if (!done && questioned(i) && questioned(j)) out.add(new int[]{i, j});
            }
        }
        return out;
    }

    boolean questioned(int i) {
        return spec.questions().stream().anyMatch(q -> !q.isTrend() && q.dimension().name().equals(keys.dim(i).column()));
    }

    /** One table per dimension, in dimension order. */
    List<SegmentTable> tables(SegmentSums.Result sums, Map<Integer, Map<String, double[]>> medians,
                              List<Map<String, Long>> customers, Map<String, Metrics.Totals> totals) {
        int measures = spec.measures().size();
        int primary = spec.measures().indexOf(spec.primary());
        List<SegmentTable> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            List<Row> rows = new ArrayList<>();
            for (var e : sums.of(i).entrySet()) {
                String seg = e.getKey();
                SegmentSums.Sums v = e.getValue();
                double[] med = medians.get(i).get(seg);
                Map<String, Stats> stats = new LinkedHashMap<>();
                for (int j = 0; j < measures; j++) {
                    String m = spec.measures().get(j).column().name();
                    double total = totals.get(m).sum();
                    double sum = v.sum()[j];
                    stats.put(m, new Stats(sum, v.mean()[j], med[j], total == 0 ? Double.NaN : sum / total, v.values()[j],
                            j == primary ? v.variance() : Double.NaN));
                }
                long cust = spec.customerId() == null ? v.rows() : customers.get(i).getOrDefault(seg, 0L);
                rows.add(new Row(seg, v.rows(), cust, stats));
            }
            Dim d = keys.dim(i);
            rows.sort(order(d, spec.primary().column().name()));
            out.add(new SegmentTable(d.label(), d.column(), d.binned(), rows, null));
        }
        return out;
    }

    /** The cross-tab of dimensions {@code a} (rows) by {@code b} (columns), segments in their tables' order. */
    CrossTab crossTab(int a, int b, SegmentSums.Result sums, List<SegmentTable> tables) {
        Map<List<String>, SegmentSums.Cell> cells = sums.of(Math.min(a, b), Math.max(a, b));
        if (a > b) {
            Map<List<String>, SegmentSums.Cell> swapped = new LinkedHashMap<>();
            cells.forEach((k, v) -> swapped.put(List.of(k.get(1), k.get(0)), v));
            cells = swapped;
        }
        Dim rowDim = keys.dim(a);
        Dim colDim = keys.dim(b);
        List<String> rows = tables.get(a).rows().stream().map(Row::segment).toList();
        List<String> cols = tables.get(b).rows().stream().map(Row::segment).toList();
        List<List<Double>> sumsOut = new ArrayList<>();
        List<List<Long>> counts = new ArrayList<>();
        List<List<Long>> values = new ArrayList<>();
        List<List<Double>> variances = new ArrayList<>();
        for (String r : rows) {
            List<Double> s = new ArrayList<>();
            List<Long> c = new ArrayList<>();
            List<Long> n = new ArrayList<>();
            List<Double> var = new ArrayList<>();
            for (String col : cols) {
                SegmentSums.Cell v = cells.get(List.of(r, col));
                s.add(v == null ? 0.0 : nanToZero(v.sum()));
                c.add(v == null ? 0L : v.rows());
                n.add(v == null ? 0L : v.values());
                var.add(v == null ? Double.NaN : v.variance());
            }
            sumsOut.add(s);
            counts.add(c);
            values.add(n);
            variances.add(var);
        }
        return new CrossTab(rowDim.label(), rowDim.column(), colDim.label(), colDim.column(),
                spec.primary().column().name(), rows, cols, sumsOut, counts, null, values, variances);
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

    private static double nanToZero(double v) {
        return Double.isNaN(v) ? 0 : v;
    }
}
