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
import segbrief.brief.CustomerScores;
import segbrief.brief.ValueKind;
import segbrief.metrics.CustomerFeatures;
import segbrief.metrics.CustomerTable;
import segbrief.metrics.Rfm;
import segbrief.metrics.RfmResult;
import segbrief.segment.SegmentOptions;
import segbrief.segment.SegmentResult;
import segbrief.segment.SmileKMeansSegmenter;
import segbrief.insight.BriefAssembler;
import segbrief.metrics.Metrics;
import segbrief.metrics.MetricsEngine;
import segbrief.metrics.Period;
import segbrief.engine.Engine;
import segbrief.engine.EngineErrors;
import segbrief.engine.EngineException;
import segbrief.source.Source;
import segbrief.source.Sources;
import segbrief.source.Ingested;
import segbrief.spec.BriefSpec;
import segbrief.spec.ColumnResolver;
import segbrief.spec.ImpliedRoles;

/** The one-way pipeline: spec → source → metrics → segmentation → findings → Brief. Rendering is separate. */
public final class BriefPipeline {
    public static final String VERSION = "0.1.0";
    private static final long LIFT_SAMPLE = 100_000;

    /**
     * @param period      "2023", "2023-Q4", "2023-11" or null for all data
     * @param memoryLimit DuckDB's memory limit (e.g. "40%"); beyond it DuckDB spills to {@code tempDir}
     * @param engine      "duckdb" (null) or "spark" (see {@link Sources})
     * @param master      Spark's master URL (null: local[*])
     */
    public record Options(String period, Path tempDir, String memoryLimit, List<String> features, String k,
                          ArchiveOptions archive, boolean strict, String engine, String master) {
        public Options(String period, Path tempDir, String memoryLimit, List<String> features, String k,
                       ArchiveOptions archive, boolean strict) {
            this(period, tempDir, memoryLimit, features, k, archive, strict, null, null);
        }

        public Options(String period, Path tempDir, String memoryLimit) {
            this(period, tempDir, memoryLimit, List.of(), null);
        }

        public Options(String period, Path tempDir, String memoryLimit, List<String> features, String k) {
            this(period, tempDir, memoryLimit, features, k, null, false);
        }

        public Options(String period, Path tempDir, String memoryLimit, List<String> features, String k, ArchiveOptions archive) {
            this(period, tempDir, memoryLimit, features, k, archive, false);
        }
    }

    /**
     * Where earlier briefs are archived and how this one's period was asked for.
     *
     * @param root          the output root holding {@code <brief>/<period>/} folders (read for snapshots)
     * @param periodRequest "previous-month" or "previous-quarter" when the period was relative, else null
     * @param asOf          the date a relative period was resolved against, else null
     * @param specFile      the spec file read (its SHA-256 goes into the manifest), or null for an inferred spec
     */
    public record ArchiveOptions(Path root, String periodRequest, java.time.LocalDate asOf,
                                 segbrief.spec.Completeness completeness, Path specFile) {
        public ArchiveOptions(Path root, String periodRequest, java.time.LocalDate asOf, segbrief.spec.Completeness completeness) {
            this(root, periodRequest, asOf, completeness, null);
        }
    }

    /** The brief, the resolved spec, and the per-customer scores behind clusters.csv (null without clusters or RFM). */
    public record Computed(Brief brief, BriefSpec spec, Period period, CustomerScores scores,
                           segbrief.brief.PreviousScores previous) {
        public Computed(Brief brief, BriefSpec spec, Period period, CustomerScores scores) {
            this(brief, spec, period, scores, null);
        }
    }

    private final Timings timings;

    public BriefPipeline(Timings timings) {
        this.timings = timings;
    }

    /** The whole data's brief; a spec's recipients are left out (see {@link #run}). */
    public Computed compute(BriefSpec raw, Options options) {
        return run(raw.withRecipients(List.of()), options).overall();
    }

    /**
     * The whole data's brief and one per recipient, each computed on the recipient's rows alone, all from one ingest.
     * A recipient whose rows are empty in the period gets a note instead of a brief.
     */
    public Run run(BriefSpec raw, Options options) {
        Period period = Period.parse(options.period() != null ? options.period() : raw.period());
        // other engines read folders, globs and remote paths, and check them as they read
        boolean duckdb = options.engine() == null || options.engine().equals(Sources.DUCKDB);
        if (duckdb) for (var s : raw.sources()) segbrief.source.InputFile.check(s.file(), raw.origin() + " line " + s.line());
        try (Source source = Sources.open(new Sources.Options(options.engine(), options.tempDir(), options.memoryLimit(),
                options.master()))) {
            BriefSpec spec = resolve(withClusterOptions(raw, options), source);
            Set<String> available = new LinkedHashSet<>();
            for (var s : spec.sources()) available.addAll(source.describe(s.file()).keySet());
            source.onStage(name -> timings.mark("  " + name)).strict(options.strict());
            Ingested data = source.ingest(spec, ImpliedRoles.numeric(spec), ImpliedRoles.text(spec),
                    ImpliedRoles.used(spec, available));
            requireNumeric(spec, data);
            spec = withDefaultQuestions(spec, source);
            if (data.rowsRead() >= 3) {  // with a row or two every column holds one value
                List<String> leftOut = new ArrayList<>();
                spec = segbrief.spec.ConstantColumns.leaveOut(spec,
                        source.distinctCounts(segbrief.spec.ConstantColumns.asked(spec)), leftOut);
                data = data.withNotes(leftOut);
            }
            timings.mark("  ingest done");
            Computed overall = brief(source, spec, data, period, options.archive());
            List<Sliced> recipients = new ArrayList<>();
            for (int i = 0; i < spec.recipients().size(); i++) {
                recipients.add(recipient(source, spec, data, period, spec.recipients().get(i), i));
            }
            return new Run(overall, recipients);
        } catch (EngineException e) {
            throw EngineErrors.toUser(e, raw.origin());
        }
    }

    /** The metrics' view of the source's engine. */
    private static Engine engine(Source source) {
        return source.engine();
    }

    /** Every brief of one run: the whole data's, then each recipient's in the spec's order. */
    public record Run(Computed overall, List<Sliced> recipients) {
        public Run {
            recipients = List.copyOf(recipients);
        }
    }

    /** A recipient's brief, or (brief null) the note saying why there is none. */
    public record Sliced(segbrief.spec.RecipientSpec recipient, Computed computed, String note) {}

    private Sliced recipient(Source source, BriefSpec spec, Ingested data, Period period,
                             segbrief.spec.RecipientSpec r, int index) {
        for (var c : r.filter().keySet()) {
            if (ImpliedRoles.numeric(spec).contains(c.name())) {
                throw new segbrief.UserError(segbrief.UserError.Kind.SPEC, spec.origin() + (c.line() > 0 ? " line " + c.line() : ""),
                        "recipient \"" + r.name() + "\" filters on \"" + c.name() + "\", which the brief uses as a number",
                        "filter on a dimension's values, e.g. filter: {region: [North]}");
            }
        }
        String rule = RecipientNote.rule(r);
        Ingested slice = source.slice(data, index, r.filter(), spec.origin(),
                "This brief covers only the rows where " + rule + ".");
        BriefSpec own = RecipientNote.spec(spec, r);
        Formats formats = new Formats(Locale.forLanguageTag(own.locale()), own.currency());
        long rows = new MetricsEngine(engine(source), slice, own, period, segbrief.insight.BinEdges.of(formats)).rowsInPeriod();
        if (rows == 0) {
            return new Sliced(r, null, "No rows where " + rule + (period.isAll() ? "" : " in " + period.label())
                    + ": no brief was written for " + r.name() + " and nothing is sent.");
        }
        Computed c = brief(source, own, slice, period, null);
        timings.mark("recipient " + r.slug());
        return new Sliced(r, c, null);
    }

    /** @param archive where earlier periods are read from and this one recorded, or null (a recipient's brief) */
    private Computed brief(Source source, BriefSpec spec, Ingested data, Period period, ArchiveOptions archive) {
        Formats formats = new Formats(Locale.forLanguageTag(spec.locale()), spec.currency());
        MetricsEngine engine = new MetricsEngine(engine(source), data, spec, period, segbrief.insight.BinEdges.of(formats));
        Metrics metrics = engine.onStage(name -> timings.mark("  " + name)).compute();

        Optional<RfmResult> rfm = rfm(source, spec, data);
        if (rfm.isPresent()) timings.mark("rfm");
        var before = archive == null ? Optional.<segbrief.brief.Snapshot>empty()
                : ArchiveStage.previous(archive, spec.name(), period);
        List<String> notes = new ArrayList<>(data.notes());
        Optional<SegmentResult> clusters = clusters(source, spec, data, metrics, timings, before, notes);
        Optional<Clustering> clustering = clusters.map(SegmentResult::clustering);
        CustomerScores scores = clusters.map(c -> c.scores(rfm)).orElseGet(() -> rfm.map(RfmResult::scores).orElse(null));
        timings.mark("clusters");

        BriefAssembler assembler = new BriefAssembler(spec, metrics, formats,
                engine.valuesPerCustomer(questionedColumns(spec), metrics.customers()), spec.minCustomers());
        List<Finding> findings = assembler.findings();
        String recommendation = assembler.recommendation();
        Meta meta = new Meta(spec.name(), spec.title(), spec.subtitle(), period.label(), metrics.dataFrom(),
                metrics.dataTo(), spec.currency(), spec.locale(), spec.page(), data.sources(), VERSION, spec.seed(),
                metrics.previous() == null ? null : metrics.previous().label());
        DataQuality quality = new DataQuality(data.rowsRead(), data.rowsRejected(), metrics.rows(), metrics.customers(),
                metrics.columns(), data.rejections(), notes, segbrief.insight.DataNote.of(
                        segbrief.metrics.DataShares.measure(engine(source), data, spec.primary().column().name()),
                        spec.primary().label(), spec.primary().kind(), formats));
        Brief brief = assembler.assemble(meta, quality, findings, recommendation, clustering, rfm.map(RfmResult::summary));
        timings.mark("findings");
        segbrief.brief.PreviousScores previous = null;
        if (archive != null) {
            ArchiveStage.Result archived = ArchiveStage.apply(brief, archive,
                    segbrief.metrics.PeriodCoverage.measure(engine(source), data, period), engine.spreads(metrics.customers()),
                    metrics.previous(), scores, clusters.map(SegmentResult::identity).orElse(null), period, formats);
            brief = archived.brief();
            previous = archived.previous();
            timings.mark("archive");
        }
        return new Computed(brief, spec, period, scores, previous);
    }

    /**
     * A spec that names dimensions but asks no questions would leave the executive page without its visual: it gets
     * the questions a brief without a spec asks of the same dimensions, which need each one's number of values.
     */
    private static BriefSpec withDefaultQuestions(BriefSpec spec, Source source) {
        if (!spec.questions().isEmpty() || (spec.dimensions().isEmpty() && spec.bins().isEmpty())) return spec;
        Map<String, Long> distinct = source.distinctCounts(spec.dimensions().stream().map(d -> d.column().name()).toList());
        return spec.withQuestions(segbrief.spec.RoleInference.defaultQuestions(spec.dimensions(), spec.bins(),
                d -> distinct.getOrDefault(d.column().name(), 0L)));
    }

    /** RFM needs a customer, a date and a money measure; it runs on the period's rows. */
    private static Optional<RfmResult> rfm(Source source, BriefSpec spec, Ingested data) {
        var primary = spec.primary();
        if (spec.customerId() == null || data.dateColumn() == null || data.yearsOnly() || primary.kind() != ValueKind.MONEY) {
            return Optional.empty();
        }
        return Rfm.compute(engine(source), MetricsEngine.VIEW, spec.customerId().name(), data.dateColumn(), primary.column().name(),
                orderColumn(source, spec));
    }

    /** The column whose distinct values are a customer's orders: the spec's order_id, else one found in the data. */
    private static String orderColumn(Source source, BriefSpec spec) {
        if (spec.customerId() == null) return null;
        return spec.orderId() != null ? spec.orderId().name() : segbrief.metrics.OrderColumn.find(engine(source), MetricsEngine.VIEW);
    }

    /** @param before the archived period before, whose clusters this period's are matched to */
    private static Optional<SegmentResult> clusters(Source source, BriefSpec spec, Ingested data, Metrics metrics,
                                                    Timings timings, Optional<segbrief.brief.Snapshot> before,
                                                    List<String> notes) {
        BriefSpec.ClusterSpec c = spec.clusters();
        if (c == null) return Optional.empty();
        var primary = spec.primary();
        String amount = primary.kind() == ValueKind.MONEY ? primary.column().name() : null;
        String date = data.yearsOnly() ? null : data.dateColumn();
        // Lifts profile each cluster by the dimensions a marketer reads at a glance: the first three with at most
        // twelve segments (each costs a per-customer pass over every row).
        List<String> dims = spec.dimensions().stream().map(d -> d.column().name())
                .filter(d -> metrics.segments(d) != null && metrics.segments(d).rows().size() <= 12).limit(3).toList();
        // Lifts are shares, so a seeded sample of 100,000 customers reads them as well as everyone would.
        double liftSample = metrics.customers() <= LIFT_SAMPLE ? 1.0 : (double) LIFT_SAMPLE / metrics.customers();
        CustomerTable table = CustomerFeatures.build(engine(source), MetricsEngine.VIEW,
                spec.customerId() == null ? null : spec.customerId().name(), date, amount, orderColumn(source, spec),
                c.features().stream().map(BriefSpec.Col::name).toList(), dims, liftSample);
        timings.mark("  customers");
        if (table.size() < SmileKMeansSegmenter.MIN_CUSTOMERS) {
            // a report rather than a stop: the rest of the brief still holds for a file of a row or two
            notes.add("Customer clusters skipped: " + table.size() + " customer(s) with the features, and clustering needs at least "
                    + SmileKMeansSegmenter.MIN_CUSTOMERS);
            return Optional.empty();
        }
        SegmentOptions options = SegmentOptions.defaults(spec.seed()).withK(c.k()).withScaling(c.scaling());
        return Optional.of(new SmileKMeansSegmenter().segment(table, options, primary.label(),
                before.map(segbrief.brief.Snapshot::clusterFeatures).orElse(List.of()),
                before.map(segbrief.brief.Snapshot::clusters).orElse(List.of())));
    }

    /** --features and --k on the command line replace (or add) the spec's clusters section. */
    private static BriefSpec withClusterOptions(BriefSpec s, Options o) {
        if ((o.features() == null || o.features().isEmpty()) && o.k() == null) return s;
        BriefSpec.ClusterSpec base = s.clusters() != null ? s.clusters() : new BriefSpec.ClusterSpec(List.of(), null, "zscore", 0);
        List<BriefSpec.Col> features = o.features() == null || o.features().isEmpty() ? base.features()
                : o.features().stream().map(f -> new BriefSpec.Col(f.strip(), 0)).toList();
        Integer k = base.k();
        if (o.k() != null) {
            try {
                k = BriefSpec.ClusterSpec.parseK(o.k());
            } catch (IllegalArgumentException e) {
                throw new segbrief.UserError(segbrief.UserError.Kind.USAGE, "--k " + o.k(), e.getMessage(), null);
            }
        }
        return s.withClusters(new BriefSpec.ClusterSpec(features, k, base.scaling(), base.line()));
    }

    /** The columns the questions rank segments of: their claims test values per customer. */
    private static List<String> questionedColumns(BriefSpec spec) {
        return spec.questions().stream().filter(q -> !q.isTrend()).map(q -> q.dimension().name()).distinct().toList();
    }

    private static BriefSpec resolve(BriefSpec raw, Source source) {
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
