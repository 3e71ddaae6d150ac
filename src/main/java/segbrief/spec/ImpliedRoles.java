package segbrief.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.DimensionSpec;

/** Completes a resolved spec: a column asked about, split by or cross-tabbed is a dimension even if not listed. */
public final class ImpliedRoles {
    private ImpliedRoles() {}

    public static BriefSpec complete(BriefSpec s) {
        Set<String> known = new LinkedHashSet<>();
        s.dimensions().forEach(d -> known.add(d.column().name()));
        s.bins().forEach(b -> known.add(b.column().name()));
        List<DimensionSpec> dims = new ArrayList<>(s.dimensions());
        List<Col> wanted = new ArrayList<>();
        for (var q : s.questions()) {
            if (q.isTrend()) continue;
            wanted.add(q.dimension());
            if (q.split() != null) wanted.add(q.split());
        }
        for (var x : s.crossTabs()) {
            wanted.add(x.rows());
            wanted.add(x.columns());
        }
        if (s.distributionBy() != null) wanted.add(s.distributionBy());
        // A recipient's filter column is a dimension of the whole brief: its table shows how the slices compare.
        for (var r : s.recipients()) {
            wanted.addAll(r.filter().keySet());
            for (var q : r.questions()) {
                if (q.isTrend()) continue;
                wanted.add(q.dimension());
                if (q.split() != null) wanted.add(q.split());
            }
        }
        for (Col c : wanted) {
            if (known.add(c.name())) dims.add(new DimensionSpec(c, SpecLoader.label(c.name())));
        }
        return s.withDimensions(dims);
    }

    /** Columns that must hold numbers: measures, binned columns, cluster features, distribution columns. */
    public static Set<String> numeric(BriefSpec s) {
        Set<String> out = new LinkedHashSet<>();
        s.measures().forEach(m -> out.add(m.column().name()));
        s.bins().forEach(b -> out.add(b.column().name()));
        if (s.clusters() != null) s.clusters().features().forEach(f -> out.add(f.name()));
        s.distributionColumns().forEach(c -> out.add(c.name()));
        return out;
    }

    /**
     * Every source column the brief reads: roles, dimensions, bins, measures, features, distributions, and any column
     * a derive or filter expression mentions (matched by name, so an unusual mention reads one column too many, never too few).
     *
     * @param available the source columns, as the files name them
     */
    public static Set<String> used(BriefSpec s, java.util.Collection<String> available) {
        Set<String> out = new LinkedHashSet<>();
        if (s.customerId() != null) out.add(s.customerId().name());
        if (s.date() != null) out.add(s.date().name());
        if (s.orderId() != null) out.add(s.orderId().name());
        s.measures().forEach(m -> out.add(m.column().name()));
        s.dimensions().forEach(d -> out.add(d.column().name()));
        s.bins().forEach(b -> out.add(b.column().name()));
        if (s.clusters() != null) s.clusters().features().forEach(f -> out.add(f.name()));
        s.distributionColumns().forEach(c -> out.add(c.name()));
        if (s.distributionBy() != null) out.add(s.distributionBy().name());
        for (var src : s.sources()) {
            if (src.joinLeft() != null) out.add(src.joinLeft().name());
            if (src.joinRight() != null) out.add(src.joinRight().name());
        }
        if (!s.derive().isEmpty() || s.filter() != null) {
            String exprs = s.derive().stream().map(d -> d.expr().toLowerCase(java.util.Locale.ROOT))
                    .reduce(s.filter() == null ? "" : s.filter().expr().toLowerCase(java.util.Locale.ROOT), (a, b) -> a + "\n" + b);
            for (String c : available) if (exprs.contains(c.toLowerCase(java.util.Locale.ROOT))) out.add(c);
        }
        return out;
    }

    /** Columns read as text whatever they look like: dimensions and the customer id (ids keep leading zeros). */
    public static Set<String> text(BriefSpec s) {
        Set<String> out = new LinkedHashSet<>();
        s.dimensions().forEach(d -> out.add(d.column().name()));
        if (s.customerId() != null) out.add(s.customerId().name());
        out.removeAll(numeric(s));
        return out;
    }
}
