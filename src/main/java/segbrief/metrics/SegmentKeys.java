package segbrief.metrics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import segbrief.brief.SegmentTable;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;

/**
 * The dimensions a brief segments by, in order (the spec's dimensions, then its bins), and what the segment passes
 * group each one by: {@code d0, d1, ...}, each the dimension's label, or for a bin its branch number.
 */
final class SegmentKeys {
    private final List<Dim> dims;
    private final Dialect sql;
    /** Per dimension, its branches when the passes group it by branch number (see {@link #key(int)}), else null. */
    private final List<Dim.Case> numbered = new ArrayList<>();

    SegmentKeys(List<Dim> dims, Dialect sql) {
        this.dims = List.copyOf(dims);
        this.sql = sql;
        for (Dim d : this.dims) {
            Dim.Case c = d.branches();
            boolean distinctLabels = c != null && new HashSet<>(c.branchLabels()).size() == c.branchLabels().size();
            numbered.add(distinctLabels ? c : null);
        }
    }

    /** The spec's dimensions (as text), then its bins (their quantile edges read from {@code view}). */
    static SegmentKeys of(BriefSpec spec, Engine engine, String view, EdgeText edgeText) {
        Dialect sql = engine.dialect();
        List<Dim> dims = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (var d : spec.dimensions()) {
            if (done.add(d.column().name())) {
                dims.add(new Dim(d.column().name(), d.label(), sql.text(Sql.id(d.column().name())), false, List.of(), null));
            }
        }
        for (var b : spec.bins()) {
            if (done.add(b.column().name())) {
                dims.add(Bins.dim(b, engine, view, spec.customerId() == null ? null : spec.customerId().name(), edgeText));
            }
        }
        return new SegmentKeys(dims, sql);
    }

    int size() { return dims.size(); }

    Dim dim(int i) { return dims.get(i); }

    List<Dim> dims() { return dims; }

    /** The place of the dimension on {@code column}, or -1. */
    int indexOf(String column) {
        for (int i = 0; i < dims.size(); i++) if (dims.get(i).column().equals(column)) return i;
        return -1;
    }

    /** d0, d1, ...: the passes' names of the keys. */
    List<String> names() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < dims.size(); i++) out.add("d" + i);
        return out;
    }

    /**
     * What the passes group dimension {@code i} by: its label, or for bins the branch number (1, 2, ...), which costs
     * a few comparisons per row where the CASE makes a string (10M rows: 0.4 s less per bin and pass).
     */
    String key(int i) {
        Dim.Case branches = numbered(i);
        return branches == null ? dims.get(i).sql() : branches.branchSql(sql);
    }

    /** The segment a value read back from {@link #key(int)} names. */
    String segment(int i, String value) {
        Dim.Case branches = numbered(i);
        if (branches == null || value == null) return label(value);
        return branches.branchLabels().get(Integer.parseInt(value) - 1);
    }

    /** The branches of dimension {@code i} when it is grouped by branch number (a bin whose labels differ), else null. */
    Dim.Case numbered(int i) {
        return numbered.get(i);
    }

    static String label(String s) {
        return s == null ? SegmentTable.MISSING : s;
    }

    /** The first of {@code set}'s dimensions grouped in a GROUPING SETS row with grouping id {@code g}, or -1 (the total). */
    static int firstGrouped(long g, int set) {
        int k = 0;
        while (k < set && (g & (1L << (set - 1 - k))) != 0) k++;
        return k == set ? -1 : k;
    }
}
