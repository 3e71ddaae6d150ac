package segbrief.spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import segbrief.spec.BriefSpec.Col;

/** Writes a spec as an editable brief.yaml, with a comment on each part saying what it does. */
public final class SpecWriter {
    private SpecWriter() {}

    public static String yaml(BriefSpec s, Path specFolder) {
        StringBuilder y = new StringBuilder();
        y.append("# SegmentBrief spec, inferred from the data. Edit freely; docs/spec.md lists every key.\n");
        y.append("title: ").append(q(s.title())).append('\n');
        y.append("subtitle: ").append(q(s.subtitle())).append('\n');
        y.append("currency: ").append(s.currency()).append("      # ISO 4217 code used to format money\n");
        y.append("locale: ").append(s.locale()).append("       # number formatting\n");
        y.append("page: ").append(s.page()).append('\n');
        y.append("seed: ").append(s.seed()).append("            # every random choice (sampling, k-means) is seeded\n\n");
        y.append("sources:\n");
        for (var src : s.sources()) {
            Path f = specFolder == null ? src.file() : specFolder.toAbsolutePath().relativize(src.file().toAbsolutePath());
            y.append("  - name: ").append(q(src.name())).append("\n    file: ").append(q(f.toString().replace('\\', '/'))).append('\n');
        }
        y.append('\n');
        if (s.customerId() != null) y.append("customer_id: ").append(q(s.customerId().name())).append("   # one value per customer\n");
        else y.append("# customer_id: (none found: every row counts as one customer)\n");
        if (s.date() != null) y.append("date: ").append(q(s.date().name())).append("   # periods (--period 2023-Q4) and trends\n");
        else y.append("# date: (none found: no trend, no period filter)\n");
        y.append("\nmeasures:                  # numbers summed and averaged per segment; the primary one ranks segments\n");
        for (var m : s.measures()) {
            y.append("  - column: ").append(q(m.column().name())).append("\n    label: ").append(q(m.label()))
                    .append("\n    kind: ").append(m.kind().name().toLowerCase(Locale.ROOT)).append('\n');
            if (m.primary()) y.append("    primary: true\n");
        }
        if (!s.dimensions().isEmpty()) {
            y.append("\ndimensions:                # columns to segment by\n");
            for (var d : s.dimensions()) {
                y.append("  - column: ").append(q(d.column().name())).append("\n    label: ").append(q(d.label())).append('\n');
            }
        }
        if (!s.bins().isEmpty()) {
            y.append("\nbins:                      # numeric columns cut into ranges\n");
            for (var b : s.bins()) {
                y.append("  - column: ").append(q(b.column().name())).append("\n    label: ").append(q(b.label())).append('\n');
                if (b.quantiles() > 0) y.append("    quantiles: ").append(b.quantiles()).append('\n');
                else y.append("    edges: [").append(b.edges().stream().map(SpecWriter::num).collect(Collectors.joining(", "))).append("]\n");
            }
        }
        if (!s.crossTabs().isEmpty()) {
            y.append("\ncrosstabs:\n");
            for (var x : s.crossTabs()) y.append("  - {rows: ").append(q(x.rows().name())).append(", columns: ").append(q(x.columns().name())).append("}\n");
        }
        if (!s.distributionColumns().isEmpty()) {
            y.append("\ndistributions:\n  columns: [").append(s.distributionColumns().stream().map(c -> q(c.name())).collect(Collectors.joining(", "))).append("]\n");
            if (s.distributionBy() != null) y.append("  by: ").append(q(s.distributionBy().name())).append('\n');
        }
        if (!s.questions().isEmpty()) {
            y.append("\nquestions:                 # what the executive page answers\n");
            for (var qs : s.questions()) {
                if (qs.isTrend()) {
                    y.append("  - trend: ").append(qs.trend()).append('\n');
                    continue;
                }
                y.append("  - dimension: ").append(q(qs.dimension().name())).append('\n');
                if (qs.ask() != null) y.append("    ask: ").append(q(qs.ask())).append('\n');
                if (qs.top() > 0) y.append("    top: ").append(qs.top()).append('\n');
                if (qs.split() != null) y.append("    split: ").append(q(qs.split().name())).append('\n');
            }
        }
        if (s.clusters() != null) {
            y.append("\nclusters:                  # k-means on per-customer features; k chosen by silhouette\n");
            List<Col> f = s.clusters().features();
            if (!f.isEmpty()) y.append("  features: [").append(f.stream().map(c -> q(c.name())).collect(Collectors.joining(", "))).append("]\n");
            y.append("  k: ").append(s.clusters().k() == null ? "auto" : s.clusters().k()).append('\n');
            y.append("  scaling: ").append(s.clusters().scaling()).append('\n');
        }
        return y.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    /** Quotes a YAML scalar when it needs it. */
    static String q(String s) {
        if (s.matches("[A-Za-z][A-Za-z0-9 _.-]*") && !s.endsWith(" ") && !s.matches("(?i)(true|false|yes|no|on|off|null|y|n)")) return s;
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
