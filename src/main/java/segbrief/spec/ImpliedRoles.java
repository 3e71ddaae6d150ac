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

    /** Columns read as text whatever they look like: dimensions and the customer id (ids keep leading zeros). */
    public static Set<String> text(BriefSpec s) {
        Set<String> out = new LinkedHashSet<>();
        s.dimensions().forEach(d -> out.add(d.column().name()));
        if (s.customerId() != null) out.add(s.customerId().name());
        out.removeAll(numeric(s));
        return out;
    }
}
