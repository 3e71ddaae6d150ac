package segbrief.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import segbrief.brief.Brief;
import segbrief.brief.Clustering;
import segbrief.brief.DataQuality;
import segbrief.brief.Finding;
import segbrief.brief.Formats;
import segbrief.brief.Meta;
import segbrief.brief.RfmSummary;
import segbrief.insight.BriefAssembler;
import segbrief.metrics.Metrics;
import segbrief.metrics.MetricsEngine;
import segbrief.metrics.Period;
import segbrief.source.DuckDbSource;
import segbrief.source.Ingested;
import segbrief.spec.BriefSpec;
import segbrief.spec.ColumnResolver;
import segbrief.spec.ImpliedRoles;

/** The one-way pipeline: spec → source → metrics → segmentation → findings → Brief. Rendering is separate. */
public final class BriefPipeline {
    public static final String VERSION = "0.1.0";

    /**
     * @param period      "2023", "2023-Q4", "2023-11" or null for all data
     * @param memoryLimit DuckDB's memory limit (e.g. "40%"); beyond it DuckDB spills to {@code tempDir}
     */
    public record Options(String period, Path tempDir, String memoryLimit) {}

    /** The brief and the DuckDB session it came from (still open, for exports that need per-customer rows). */
    public record Computed(Brief brief, BriefSpec spec, Period period) {}

    private final Timings timings;

    public BriefPipeline(Timings timings) {
        this.timings = timings;
    }

    public Computed compute(BriefSpec raw, Options options) {
        Period period = Period.parse(options.period());
        try (DuckDbSource source = DuckDbSource.open(options.tempDir(), options.memoryLimit())) {
            BriefSpec spec = resolve(raw, source);
            Ingested data = source.ingest(spec, ImpliedRoles.numeric(spec), ImpliedRoles.text(spec));
            requireNumeric(spec, data);
            timings.mark("ingest");

            Formats formats = new Formats(Locale.forLanguageTag(spec.locale()), spec.currency());
            MetricsEngine engine = new MetricsEngine(source.connection(), data, spec, period, formats);
            Metrics metrics = engine.onStage(name -> timings.mark("  " + name)).compute();

            Optional<Clustering> clustering = Optional.empty();
            Optional<RfmSummary> rfm = Optional.empty();
            timings.mark("segments");

            BriefAssembler assembler = new BriefAssembler(spec, metrics, formats);
            List<Finding> findings = assembler.findings();
            Map<String, String> subjects = assembler.subjects(findings);
            String recommendation = recommendation(assembler, engine, spec, subjects, assembler.offers(findings));
            Meta meta = new Meta(spec.name(), spec.title(), spec.subtitle(), period.label(), metrics.dataFrom(),
                    metrics.dataTo(), spec.currency(), spec.locale(), spec.page(), data.sources(), VERSION, spec.seed());
            DataQuality quality = new DataQuality(data.rowsRead(), data.rowsRejected(), metrics.rows(), metrics.customers(),
                    metrics.columns(), data.rejections(), data.notes());
            Brief brief = assembler.assemble(meta, quality, findings, recommendation, clustering, rfm);
            timings.mark("findings");
            return new Computed(brief, spec, period);
        }
    }

    /** Drops the last condition until the focus group is not empty. */
    private static String recommendation(BriefAssembler a, MetricsEngine engine, BriefSpec spec, Map<String, String> subjects,
                                         List<String> offers) {
        Map<String, String> focus = new LinkedHashMap<>(subjects);
        while (!focus.isEmpty()) {
            MetricsEngine.Focus f = engine.focus(focus);
            if (f.rows() > 0) {
                List<String> labels = new ArrayList<>();
                for (var e : focus.entrySet()) labels.add(e.getValue() + " (" + label(spec, e.getKey()) + ")");
                return a.recommendation(focus, f.rows(), f.customers(), f.sum(), labels, offers);
            }
            String last = null;
            for (String k : focus.keySet()) last = k;
            focus.remove(last);
        }
        return a.recommendation(Map.of(), 0, 0, 0, List.of(), offers);
    }

    private static String label(BriefSpec spec, String column) {
        for (var d : spec.dimensions()) if (d.column().name().equals(column)) return d.label().toLowerCase(Locale.ROOT);
        for (var b : spec.bins()) if (b.column().name().equals(column)) return b.label().toLowerCase(Locale.ROOT);
        return column;
    }

    private static BriefSpec resolve(BriefSpec raw, DuckDbSource source) {
        Set<String> columns = new LinkedHashSet<>();
        for (var s : raw.sources()) columns.addAll(source.describe(s.file()).keySet());
        raw.derive().forEach(d -> columns.add(d.column()));
        BriefSpec resolved = new ColumnResolver(raw.origin(), columns).apply(raw);
        return ImpliedRoles.complete(resolved);
    }

    private static void requireNumeric(BriefSpec spec, Ingested data) {
        for (String c : ImpliedRoles.numeric(spec)) {
            if (data.columns().containsKey(c) && !data.isNumeric(c)) {
                throw new segbrief.UserError(segbrief.UserError.Kind.SPEC, spec.origin(),
                        "column \"" + c + "\" is used as a number but holds " + data.columns().get(c),
                        "use it as a dimension instead, or fix the derive expression");
            }
        }
    }
}
