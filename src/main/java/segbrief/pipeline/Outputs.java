package segbrief.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import segbrief.archive.OutputFolder;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;
import segbrief.render.data.ClustersCsvWriter;
import segbrief.render.data.CsvTablesWriter;
import segbrief.render.data.JsonMetricsWriter;
import segbrief.render.html.EmailOptions;
import segbrief.render.pdf.ArchiveAttachments;
import segbrief.render.pdf.JasperPdfRenderer;
import segbrief.render.html.HtmlRenderer;
import segbrief.spec.BriefSpec;

/** Renders one Brief into every output file, all or nothing. */
public final class Outputs {
    /** Who the summary email is from and to, when neither the spec nor the command line says. */
    public static final String DEFAULT_FROM = "SegmentBrief <briefs@example.com>";
    public static final String DEFAULT_TO = "ceo@example.com";

    private Outputs() {}

    /** The email settings: the command line's overrides first, then the spec's email section, then defaults. */
    public static EmailOptions emailOptions(BriefSpec spec, String from, List<String> to, String subject) {
        BriefSpec.EmailSpec e = spec.email();
        String f = from != null ? from : e != null && e.from() != null ? e.from() : DEFAULT_FROM;
        List<String> t = to != null && !to.isEmpty() ? to : e != null && !e.to().isEmpty() ? e.to() : List.of(DEFAULT_TO);
        return new EmailOptions(f, t, e == null ? List.of() : e.cc(), subject != null ? subject : e == null ? null : e.subject(),
                e == null || e.attachPdf());
    }

    public static Path write(Brief brief, EmailOptions email, Path root, Timings timings) {
        return write(brief, null, email, root, timings);
    }

    /** @param scores per-customer clusters and RFM scores for clusters.csv, or null */
    public static Path write(Brief brief, segbrief.brief.CustomerScores scores, EmailOptions email, Path root, Timings timings) {
        return write(brief, scores, null, email, root, timings);
    }

    /** @param previous each customer's cluster and RFM segment in the archived period before, or null */
    public static Path write(Brief brief, segbrief.brief.CustomerScores scores, segbrief.brief.PreviousScores previous,
                             EmailOptions email, Path root, Timings timings) {
        return write(brief, scores, previous, email, OutputFolder.open(root, brief.meta().name(), folderName(brief)), timings,
                segbrief.brief.Brand.DEFAULT);
    }

    /** Renders into {@code folder} in the company's look and swaps it in; the folder is abandoned when anything fails. */
    static Path write(Brief brief, segbrief.brief.CustomerScores scores, segbrief.brief.PreviousScores previous,
                      EmailOptions email, OutputFolder folder, Timings timings, segbrief.brief.Brand brand) {
        byte[] clustersCsv = null;
        if (scores != null) {
            StringBuilder csv = new StringBuilder();
            try {
                new ClustersCsvWriter().write(scores, previous, csv);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            clustersCsv = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        return writeDocuments(brief, clustersCsv, email, folder, timings, brand);
    }

    /**
     * Renders into {@code folder} and swaps it in, as a run does.
     *
     * @param clustersCsv clusters.csv as written, or null (segbrief render passes the archived file's bytes)
     */
    public static Path writeDocuments(Brief brief, byte[] clustersCsv, EmailOptions email, OutputFolder folder,
                                      Timings timings, segbrief.brief.Brand brand) {
        boolean done = false;
        try {
            byte[] metricsJson = JsonMetricsWriter.write(brief, email, brand);
            folder.write("metrics.json", metricsJson);
            Map<String, byte[]> segmentTables = new java.util.TreeMap<>();
            for (Map.Entry<String, byte[]> e : CsvTablesWriter.write(brief).entrySet()) {
                folder.write("tables/" + e.getKey(), e.getValue());
                if (e.getKey().startsWith("segments_")) segmentTables.put(e.getKey(), e.getValue());
            }
            for (Map.Entry<String, byte[]> e : segbrief.render.data.MovementCsvWriter.write(brief).entrySet()) {
                folder.write("tables/" + e.getKey(), e.getValue());
            }
            if (clustersCsv != null) folder.write("clusters.csv", clustersCsv);
            timings.mark("data files");
            Warmup.await();
            ChartRenderer charts = new ChartRenderer(brief.formats());
            boolean ownAccent = !brand.accent().equals(segbrief.brief.Brand.DEFAULT.accent());
            if (ownAccent || !brand.palette().isEmpty()) {
                charts.colours(brand.palette(), ownAccent ? brand.accent() : ChartRenderer.ACCENT);
            }
            JasperPdfRenderer pdf = new JasperPdfRenderer(charts).brand(brand);
            HtmlRenderer html = new HtmlRenderer(charts).brand(brand);
            // Every document is drawn on this one thread: the documents share chart objects and the chart renderer, which
            // are not safe to draw from two threads at once (the PDF/A copy differed by a few bytes between runs when the
            // appendix was filled and exported beside the other documents). Same input, same bytes comes first.
            JasperPdfRenderer.FilledAppendix appendix = pdf.fillAppendix(brief);
            byte[] executive = render(out -> pdf.executive(brief, out));
            timings.mark("  executive pdf");
            Map<String, byte[]> summary = html.summary(brief);
            timings.mark("  summary html");
            EmailOptions mail = executive == null && email.attachPdf()
                    ? new EmailOptions(email.from(), email.to(), email.cc(), email.subject(), false) : email;
            byte[] eml = HtmlRenderer.toBytes(html.email(brief, mail, executive));
            timings.mark("  email");
            byte[] plain = appendix.plain();
            String specText = brief.continuity().specText();
            byte[][] appendixPdfs = {null, ArchiveAttachments.toPdfA3(appendix.archive(), ArchiveAttachments.of(metricsJson, "brief.yaml",
                    specText == null ? null : specText.getBytes(java.nio.charset.StandardCharsets.UTF_8), segmentTables),
                    brief.meta().dataTo())};
            appendixPdfs[0] = plain;
            timings.mark("  appendix pdfs");
            folder.write("executive.pdf", executive);
            folder.write("appendix.pdf", appendixPdfs[0]);
            folder.write("appendix-pdfa.pdf", appendixPdfs[1]);
            for (Map.Entry<String, byte[]> e : summary.entrySet()) folder.write(e.getKey(), e.getValue());
            folder.write("summary.eml", eml);
            timings.mark("  write");
            Path out = folder.commit(segbrief.render.data.ManifestFacts.of(brief));
            done = true;
            return out;
        } finally {
            if (!done) folder.abandon();
        }
    }

    private static byte[] render(java.util.function.Consumer<java.io.OutputStream> r) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 16);
        r.accept(out);
        return out.toByteArray();
    }

    public static String folderName(Brief b) {
        String p = b.meta().periodLabel();
        return p == null || p.equals("All data") ? "all" : p;
    }
}
