package segbrief.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintAnchor;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.fonts.FontFamily;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.type.PdfaConformanceEnum;
import net.sf.jasperreports.repo.RepositoryService;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;

/**
 * The executive page and the appendix as PDF, through JasperReports. Templates are compiled at build time and
 * only filled here; every number arrives already formatted by the brief's {@code Formats}.
 */
public final class JasperPdfRenderer {
    /** The default context plus the in-memory sRGB profile the PDF/A export reads. */
    private static final SimpleJasperReportsContext EXPORT_CONTEXT = exportContext();

    private final ChartRenderer charts;
    /** Per brief, whether it prints CJK: the executive page and the appendix (two threads) ask about the same brief. */
    private final Map<Brief, Boolean> cjk = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());
    /** Per brief, its appendix's one fill. */
    private final Map<Brief, java.util.concurrent.FutureTask<FilledAppendix>> appendices =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    private segbrief.brief.Brand brand = segbrief.brief.Brand.DEFAULT;
    private segbrief.chart.Logo logo;

    public JasperPdfRenderer(ChartRenderer charts) {
        this.charts = java.util.Objects.requireNonNull(charts, "charts");
    }

    /** The company's look for the pages this renderer writes: its logo, accent and footer line. */
    public JasperPdfRenderer brand(segbrief.brief.Brand b) {
        this.brand = java.util.Objects.requireNonNull(b);
        this.logo = b.hasLogo() ? segbrief.chart.Logo.of(b.logo(), b.logoSvg()) : null;
        return this;
    }

    /**
     * Loads what every PDF needs once per JVM (the compiled templates, the export context and the font extension,
     * which reads all of its TrueType files) so that the first fill does not wait for it; failures are left for the
     * fill to report.
     */
    public static void warmUp() {
        try {
            for (String name : List.of("executive", "appendix", "appendix-table", "appendix-toc")) Templates.get(name, false);
            EXPORT_CONTEXT.getExtensions(FontFamily.class);
        } catch (RuntimeException e) {
            // the fill reports it
        }
    }

    /** The one-page executive briefing; fails rather than write a second page. */
    public void executive(Brief brief, OutputStream out) {
        Map<String, Object> parameters = ExecutivePage.parameters(brief, charts);
        // findings beyond the page's room are named with the appendix page of their answer: the appendix is filled
        // first (once: fillAppendix shares that fill)
        var off = brief.offPage(ExecutivePage.MAX_FINDINGS);
        if (!off.isEmpty()) ExecutivePage.alsoInAppendix(off, fillAppendix(brief).anchorPages(), parameters);
        if (brand != segbrief.brief.Brand.DEFAULT) {
            if (logo != null) parameters.put("LOGO", new LogoImage(logo));
            parameters.put("ACCENT", brand.accent());
            parameters.put("POSITIVE", brand.positive());
            parameters.put("NEGATIVE", brand.negative());
            if (!brand.footer().isBlank()) parameters.put("FOOTER", brand.footer() + " · " + parameters.get("FOOTER"));
        }
        JasperPrint print = fill("executive", cjk(brief), parameters, List.of());
        if (print.getPages().size() != 1) {
            throw new PdfRenderException("the executive page of " + brief.meta().name() + " filled "
                    + print.getPages().size() + " pages instead of one: a box in templates/executive.jrxml grows", null);
        }
        PageFit.place(print, brief.meta().pageSize());
        write(print, brief, "Executive briefing", false, out);
    }

    /** The appendix: cover, contents, every table and chart, data quality and method. */
    public void appendix(Brief brief, OutputStream out) {
        write(appendixPrint(brief), brief, "Appendix", false, out);
    }

    /** The appendix as a PDF/A-2b archive copy. */
    public void appendixPdfA(Brief brief, OutputStream out) {
        write(appendixPrint(brief), brief, "Appendix", true, out);
    }

    /** The appendix and its PDF/A-2b copy from one fill (filling is the costly part; exporting is cheap). */
    public void appendixAndArchive(Brief brief, OutputStream appendix, OutputStream archive) {
        JasperPrint print = appendixPrint(brief);
        write(print, brief, "Appendix", false, appendix);
        write(print, brief, "Appendix", true, archive);
    }

    /**
     * The appendix filled once per brief, whoever asks first (the executive page may need its page numbers); its two
     * exports (plain and PDF/A) only read it, so they may run on two threads.
     */
    public FilledAppendix fillAppendix(Brief brief) {
        java.util.concurrent.FutureTask<FilledAppendix> task = new java.util.concurrent.FutureTask<>(
                () -> new FilledAppendix(appendixPrint(brief), brief));
        java.util.concurrent.FutureTask<FilledAppendix> first = appendices.putIfAbsent(brief, task);
        if (first == null) {
            first = task;
            task.run();
        }
        try {
            return first.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PdfRenderException("interrupted while filling the appendix", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new PdfRenderException("cannot fill the appendix: " + e.getCause(), e.getCause());
        }
    }

    /** A filled appendix, ready to export. */
    public static final class FilledAppendix {
        private final JasperPrint print;
        private final Brief brief;

        private FilledAppendix(JasperPrint print, Brief brief) {
            this.print = print;
            this.brief = brief;
        }

        /** The page (from 1) each anchor landed on. */
        Map<String, Integer> anchorPages() {
            return JasperPdfRenderer.anchorPages(print);
        }

        /** appendix.pdf */
        public byte[] plain() {
            return export(false);
        }

        /** appendix-pdfa.pdf: the same pages as PDF/A-2b */
        public byte[] archive() {
            return export(true);
        }

        private byte[] export(boolean pdfa) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
            write(print, brief, "Appendix", pdfa, out);
            return out.toByteArray();
        }
    }

    private JasperPrint appendixPrint(Brief brief) {
        AppendixContent content = AppendixContent.of(brief, charts);
        Map<String, Object> params = new HashMap<>();
        params.put("TITLE", brief.meta().title());
        params.put("SUBTITLE", brief.meta().subtitle());
        params.put("PERIOD", brief.meta().periodLabel()
                + (Text.dataRange(brief.meta()) == null ? "" : " · " + Text.dataRange(brief.meta())));
        params.put("RUNNING_HEADER", brief.meta().title() + " · " + brief.meta().periodLabel() + " · Appendix");
        params.put("FOOTER", "SegmentBrief " + brief.meta().productVersion() + " · " + Text.sourcesLine(brief));
        boolean cjk = cjk(brief);
        params.put("TABLE_REPORT", Templates.get("appendix-table", cjk));
        params.put("TOC_REPORT", Templates.get("appendix-toc", cjk));
        // One fill with placeholders; then where each heading landed and how many pages there are are written into
        // the contents and the footers (a second fill to print them cost as much as the first).
        params.put("TOTAL_PAGES", 0);
        if (brand != segbrief.brief.Brand.DEFAULT) {
            if (logo != null) params.put("LOGO", new LogoImage(logo));
            params.put("ACCENT", brand.accent());
            if (!brand.footer().isBlank()) params.put("FOOTER", brand.footer() + " · " + params.get("FOOTER"));
        }
        JasperPrint print = fill("appendix", cjk, params, content.blocks());
        numberPages(print);
        PageFit.place(print, brief.meta().pageSize());
        return print;
    }

    /** Key of the contents' page numbers (templates/appendix-toc.jrxml). */
    private static final String TOC_PAGE = "toc-page";
    /** Key of the footer's "Page n of m" (templates/appendix.jrxml). */
    private static final String PAGE_OF = "page-of";

    /** Writes each contents line's page (the page its anchor landed on) and every footer's "Page n of m". */
    private static void numberPages(JasperPrint print) {
        Map<String, Integer> pages = anchorPages(print);
        int total = print.getPages().size();
        for (int i = 0; i < total; i++) {
            number(print.getPages().get(i).getElements(), "Page " + (i + 1) + " of " + total, pages);
        }
    }

    private static void number(List<JRPrintElement> elements, String pageOf, Map<String, Integer> pages) {
        for (JRPrintElement e : elements) {
            if (e instanceof net.sf.jasperreports.engine.JRPrintText t) {
                if (PAGE_OF.equals(t.getKey())) {
                    t.setText(pageOf);
                } else if (TOC_PAGE.equals(t.getKey()) && t instanceof net.sf.jasperreports.engine.JRPrintHyperlink h) {
                    Integer page = pages.get(h.getHyperlinkAnchor());
                    t.setText(page == null ? "" : Integer.toString(page));
                }
            }
            if (e instanceof JRPrintFrame f) number(f.getElements(), pageOf, pages);
        }
    }

    private static Map<String, Integer> anchorPages(JasperPrint print) {
        Map<String, Integer> pages = new HashMap<>();
        for (int i = 0; i < print.getPages().size(); i++) {
            collectAnchors(print.getPages().get(i).getElements(), i + 1, pages);
        }
        return pages;
    }

    private static void collectAnchors(List<JRPrintElement> elements, int page, Map<String, Integer> pages) {
        for (JRPrintElement e : elements) {
            if (e instanceof JRPrintAnchor a && a.getAnchorName() != null) pages.putIfAbsent(a.getAnchorName(), page);
            if (e instanceof JRPrintFrame f) collectAnchors(f.getElements(), page, pages);
        }
    }

    private static SimpleJasperReportsContext exportContext() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext();
        List<RepositoryService> repositories = new ArrayList<>();
        repositories.add(new SrgbProfile());
        repositories.addAll(DefaultJasperReportsContext.getInstance().getExtensions(RepositoryService.class));
        context.setExtensions(RepositoryService.class, repositories);
        return context;
    }

    /**
     * Whether the brief prints Chinese, Japanese or Korean anywhere (its record text holds every string it prints):
     * then the templates' font set variant, else the one in DejaVu Sans alone.
     */
    private boolean cjk(Brief brief) {
        return cjk.computeIfAbsent(brief, b -> ChartRenderer.needsCjkFont(b.toString()));
    }

    private static JasperPrint fill(String template, boolean cjk, Map<String, Object> params, List<Map<String, ?>> rows) {
        try {
            return JasperFillManager.fillReport(Templates.get(template, cjk), params, new JRMapCollectionDataSource(rows));
        } catch (JRException e) {
            throw new PdfRenderException("cannot fill " + template + ": " + e.getMessage(), e);
        }
    }

    private static void write(JasperPrint print, Brief brief, String kind, boolean pdfa, OutputStream out) {
        try {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            JRPdfExporter exporter = new JRPdfExporter(EXPORT_CONTEXT);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf));
            exporter.setConfiguration(configuration(brief, kind, pdfa));
            exporter.exportReport();
            out.write(PdfFinisher.finish(pdf.toByteArray(), brief.meta().dataTo()));
        } catch (JRException e) {
            throw new PdfRenderException("cannot export the " + kind.toLowerCase() + " of " + brief.meta().name()
                    + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimplePdfExporterConfiguration configuration(Brief brief, String kind, boolean pdfa) {
        SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
        c.setMetadataTitle(brief.meta().title() + " · " + kind + " · " + brief.meta().periodLabel());
        c.setMetadataAuthor("SegmentBrief");
        c.setMetadataSubject(brief.headline());
        c.setMetadataKeywords(String.join(", ", keywords(brief)));
        c.setMetadataCreator("SegmentBrief " + brief.meta().productVersion());
        c.setDisplayMetadataTitle(true);
        c.setCompressed(true);
        if (pdfa) {
            c.setPdfaConformance(PdfaConformanceEnum.PDFA_2B);
            c.setIccProfilePath(SrgbProfile.LOCATION);
        }
        return c;
    }

    private static List<String> keywords(Brief brief) {
        List<String> k = new ArrayList<>(List.of(brief.meta().name(), brief.meta().periodLabel()));
        brief.segments().forEach(s -> k.add(s.dimension()));
        return k;
    }
}
