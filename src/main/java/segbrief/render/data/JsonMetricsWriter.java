package segbrief.render.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Claim;
import segbrief.brief.Clustering;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality;
import segbrief.brief.Distribution;
import segbrief.brief.Finding;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.RfmSummary;
import segbrief.brief.SegmentTable;
import segbrief.brief.SourceInfo;
import segbrief.brief.Trend;

/** metrics.json: every figure of the brief, unrounded; NaN (no value) is written as null. */
public final class JsonMetricsWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonMetricsWriter() {}

    /** Starts Jackson's serialisation once per JVM ahead of the first metrics.json. */
    public static void warmUp() {
        try {
            MAPPER.writeValueAsBytes(MAPPER.createObjectNode().put("brief", "warm").put("rows", 1.5));
        } catch (IOException e) {
            // write() reports it
        }
    }

    public static byte[] write(Brief b) {
        return write(b, null, null);
    }

    /**
     * @param email when given, metrics.json also carries the {@link BriefSnapshot} that {@code segbrief render} reads,
     *              with the brand the documents were drawn in
     */
    public static byte[] write(Brief b, segbrief.render.html.EmailOptions email, segbrief.brief.Brand brand) {
        ObjectNode root = MAPPER.createObjectNode();
        var meta = b.meta();
        ObjectNode brief = root.putObject("brief");
        brief.put("name", meta.name()).put("title", meta.title()).put("subtitle", meta.subtitle())
                .put("period", meta.periodLabel())
                .put("data_from", meta.dataFrom() == null ? null : meta.dataFrom().toString())
                .put("data_to", meta.dataTo() == null ? null : meta.dataTo().toString())
                .put("currency", meta.currency()).put("locale", meta.localeTag())
                .put("product_version", meta.productVersion()).put("seed", meta.seed());
        ArrayNode sources = root.putArray("sources");
        for (SourceInfo s : meta.sources()) {
            sources.addObject().put("name", s.name()).put("file", s.file()).put("format", s.format())
                    .put("sha256", s.sha256()).put("rows", s.rows()).put("columns", s.columns());
        }
        DataQuality q = b.quality();
        root.putObject("data").put("rows", q.rowsInPeriod()).put("rows_read", q.rowsRead())
                .put("rows_rejected", q.rowsRejected()).put("customers", q.customers());
        ArrayNode measures = root.putArray("measures");
        for (Measure m : b.measures()) {
            measures.addObject().put("column", m.column()).put("label", m.label())
                    .put("kind", m.kind().name().toLowerCase()).put("primary", m.primary());
        }
        ArrayNode kpis = root.putArray("kpis");
        for (Kpi k : b.kpis()) {
            ObjectNode n = kpis.addObject().put("key", k.key()).put("label", k.label());
            num(n, "value", k.value());
            n.put("kind", k.kind().name().toLowerCase());
            num(n, "change", k.change());
        }
        root.put("headline", b.headline());
        root.put("recommendation", b.recommendation());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : b.findings()) {
            ObjectNode n = findings.addObject().put("key", f.key()).put("question", f.question()).put("title", f.title())
                    .put("answer", f.answer()).put("subject", f.subject()).put("chart", chartKind(f.chart()));
            ArrayNode ev = n.putArray("evidence");
            for (Finding.Evidence e : f.evidence()) {
                ObjectNode x = ev.addObject().put("label", e.label());
                num(x, "value", e.value());
                x.put("kind", e.kind().name().toLowerCase());
            }
            strings(n.putArray("claims"), f.claims());
        }
        claims(root.putArray("claims"), b.claims());
        ArrayNode segments = root.putArray("segments");
        for (SegmentTable t : b.segments()) {
            ObjectNode n = segments.addObject().put("dimension", t.dimension()).put("column", t.column()).put("binned", t.binned());
            ArrayNode rows = n.putArray("rows");
            for (SegmentTable.Row r : t.rows()) {
                ObjectNode row = rows.addObject().put("segment", r.segment()).put("count", r.count()).put("customers", r.customers());
                ObjectNode ms = row.putObject("measures");
                for (Map.Entry<String, SegmentTable.Stats> e : r.measures().entrySet()) {
                    ObjectNode s = ms.putObject(e.getKey());
                    num(s, "sum", e.getValue().sum());
                    num(s, "mean", e.getValue().mean());
                    num(s, "median", e.getValue().median());
                    num(s, "share", e.getValue().share());
                    if (e.getValue().values() >= 0) s.put("values", e.getValue().values());
                    num(s, "variance", e.getValue().variance());
                }
            }
        }
        ArrayNode crossTabs = root.putArray("crosstabs");
        for (CrossTab x : b.crossTabs()) {
            ObjectNode n = crossTabs.addObject().put("rows_dimension", x.rowDimension()).put("rows_column", x.rowColumn())
                    .put("columns_dimension", x.columnDimension()).put("columns_column", x.columnColumn()).put("measure", x.measure());
            strings(n.putArray("rows"), x.rows());
            strings(n.putArray("columns"), x.columns());
            ArrayNode sums = n.putArray("sums");
            for (List<Double> r : x.sums()) {
                ArrayNode a = sums.addArray();
                r.forEach(v -> addNum(a, v));
            }
            ArrayNode counts = n.putArray("counts");
            for (List<Long> r : x.counts()) {
                ArrayNode a = counts.addArray();
                r.forEach(a::add);
            }
        }
        ArrayNode trends = root.putArray("trends");
        for (Trend t : b.trends()) {
            ObjectNode n = trends.addObject().put("grain", t.grain()).put("measure", t.measure());
            ArrayNode pts = n.putArray("points");
            for (Trend.Point p : t.points()) {
                ObjectNode pn = pts.addObject().put("period", p.period()).put("count", p.count()).put("customers", p.customers());
                num(pn, "sum", p.sum());
            }
        }
        ArrayNode dists = root.putArray("distributions");
        for (Distribution d : b.distributions()) {
            ObjectNode n = dists.addObject().put("column", d.column()).put("label", d.label());
            summary(n.putObject("summary"), d.overall());
            ArrayNode edges = n.putArray("histogram_edges");
            d.histogramEdges().forEach(v -> addNum(edges, v));
            ArrayNode counts = n.putArray("histogram_counts");
            d.histogramCounts().forEach(counts::add);
            if (d.groupColumn() != null) {
                n.put("by", d.groupColumn());
                ObjectNode groups = n.putObject("groups");
                d.groups().forEach(g -> summary(groups.putObject(g.name()), g.summary()));
            }
        }
        ObjectNode quality = root.putObject("quality");
        // exact counts up to DataQuality.EXACT_DISTINCT_ROWS rows in the period; above, estimates where not known otherwise
        quality.put("distinct_estimated", DataQuality.distinctEstimated(q.rowsInPeriod()));
        ArrayNode cols = quality.putArray("columns");
        for (DataQuality.ColumnProfile c : q.columns()) {
            cols.addObject().put("column", c.column()).put("role", c.role()).put("type", c.type())
                    .put("missing", c.missing()).put("distinct", c.distinct());
        }
        ArrayNode rej = quality.putArray("rejections");
        for (DataQuality.Rejection r : q.rejections()) {
            rej.addObject().put("file", r.file()).put("line", r.line()).put("column", r.column()).put("reason", r.reason());
        }
        strings(quality.putArray("notes"), q.notes());
        if (q.dataNote() != null) quality.put("data_note", q.dataNote());
        b.clustering().ifPresent(c -> clusters(root.putObject("clusters"), c));
        b.rfm().ifPresent(r -> rfm(root.putObject("rfm"), r));
        ContinuityJson.write(root.putObject("continuity"), b.continuity());
        if (email != null) root.putRawValue("snapshot", new com.fasterxml.jackson.databind.util.RawValue(BriefSnapshot.json(b, email, brand)));
        return bytes(root);
    }

    private static void clusters(ObjectNode n, Clustering c) {
        n.put("k", c.k());
        strings(n.putArray("features"), c.features());
        n.put("scaling", c.scaling()).put("k_chosen", c.kChosen());
        num(n, "silhouette", c.silhouette());
        num(n, "stability_ari", c.stabilityAri());
        n.put("stable", c.stable()).put("customers", c.customers()).put("sample_size", c.sampleSize());
        ArrayNode filled = n.putArray("filled_in");
        for (Clustering.Filled f : c.filled()) {
            num(filled.addObject().put("feature", f.feature()).put("customers", f.customers()), "value", f.value());
        }
        ArrayNode choices = n.putArray("k_choices");
        for (Clustering.KChoice k : c.choices()) {
            ObjectNode x = choices.addObject().put("k", k.k());
            num(x, "silhouette", k.silhouette());
            num(x, "distortion", k.distortion());
        }
        ArrayNode clusters = n.putArray("clusters");
        for (Clustering.Cluster cl : c.clusters()) {
            ObjectNode x = clusters.addObject().put("id", cl.id()).put("name", cl.name()).put("size", cl.size());
            num(x, "share", cl.share());
            num(x, "measure_share", cl.measureShare());
            ObjectNode centroid = x.putObject("centroid");
            cl.centroid().forEach((k, v) -> num(centroid, k, v));
            ObjectNode z = x.putObject("zscores");
            cl.zscores().forEach((k, v) -> num(z, k, v));
            ObjectNode lifts = x.putObject("lifts");
            cl.lifts().forEach((dim, m) -> {
                ObjectNode d = lifts.putObject(dim);
                m.forEach((k, v) -> num(d, k, v));
            });
        }
    }

    private static void rfm(ObjectNode n, RfmSummary r) {
        n.put("reference_date", r.referenceDate() == null ? null : r.referenceDate().toString()).put("customers", r.customers());
        n.put("frequency_counts", r.orderColumn() == null ? "rows" : "distinct " + r.orderColumn());
        ArrayNode segs = n.putArray("segments");
        for (RfmSummary.Segment s : r.segments()) {
            ObjectNode x = segs.addObject().put("name", s.name()).put("customers", s.customers());
            num(x, "share", s.share());
            num(x, "revenue", s.revenue());
            num(x, "revenue_share", s.revenueShare());
            num(x, "mean_recency_days", s.meanRecencyDays());
            num(x, "mean_frequency", s.meanFrequency());
            num(x, "mean_monetary", s.meanMonetary());
        }
    }

    private static void summary(ObjectNode n, Distribution.Summary s) {
        n.put("n", s.n());
        num(n, "mean", s.mean());
        num(n, "sd", s.sd());
        num(n, "min", s.min());
        num(n, "q1", s.q1());
        num(n, "median", s.median());
        num(n, "q3", s.q3());
        num(n, "max", s.max());
    }

    private static String chartKind(ChartSpec c) {
        return c == null ? null : c.getClass().getSimpleName().toLowerCase();
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    /** Every claim tested, passed or not, with its test, p, q, effect and interval. */
    private static void claims(ArrayNode out, List<Claim> claims) {
        for (Claim c : claims) {
            ObjectNode n = out.addObject().put("id", c.id()).put("kind", c.kind().name().toLowerCase())
                    .put("dimension", c.dimension()).put("subject", c.subject()).put("against", c.against());
            num(n, "value", c.value());
            num(n, "other_value", c.otherValue());
            n.put("test", c.test());
            num(n, "statistic", c.statistic());
            num(n, "p", c.p());
            num(n, "q", c.q());
            n.put("effect", c.effect());
            num(n, "estimate", c.estimate());
            num(n, "ci_low", c.low());
            num(n, "ci_high", c.high());
            n.put("size", c.size()).put("other_size", c.otherSize()).put("units", c.units()).put("passed", c.passed());
        }
    }

    private static void num(ObjectNode n, String key, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) n.putNull(key);
        else n.put(key, v);
    }

    private static void addNum(ArrayNode a, double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) a.addNull();
        else a.add(v);
    }

    private static byte[] bytes(ObjectNode root) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
            try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
                g.setPrettyPrinter(pp);
                MAPPER.writeTree(g, root);
            }
            out.write('\n');
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
