package segbrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import java.util.Optional;
import segbrief.brief.Brief;
import segbrief.brief.Clustering;
import segbrief.brief.DataQuality;
import segbrief.brief.Kpi;
import segbrief.chart.ChartRenderer;

class JasperPdfRendererTest {
    private static Brief sample;
    private static byte[] executive;
    private static byte[] appendix;

    @TempDir
    Path tmp;

    @BeforeAll
    static void renderTheSampleOnce() {
        sample = SampleBriefs.crowdfunding();
        executive = render(sample, JasperPdfRenderer::executive);
        appendix = render(sample, JasperPdfRenderer::appendix);
    }

    static Stream<Arguments> shapes() {
        SampleBriefs.Shape full = SampleBriefs.Shape.full();
        return Stream.of(
                Arguments.of("the full crowdfunding brief", full),
                Arguments.of("one segment and one finding on Letter", new SampleBriefs.Shape(1, 1, false, false, false, "LETTER")),
                Arguments.of("200 segments and 5 findings", new SampleBriefs.Shape(200, 5, false, true, true, "A4")),
                Arguments.of("very long labels and texts", new SampleBriefs.Shape(8, 4, true, true, true, "LETTER")),
                Arguments.of("no trend (no date column)", new SampleBriefs.Shape(8, 4, false, false, true, "A4")),
                Arguments.of("no clustering", new SampleBriefs.Shape(8, 4, false, true, false, "A4")),
                Arguments.of("two findings", new SampleBriefs.Shape(8, 2, false, true, true, "A4")),
                Arguments.of("three findings on Letter", new SampleBriefs.Shape(8, 3, true, true, true, "LETTER")),
                Arguments.of("no findings at all", new SampleBriefs.Shape(3, 0, false, false, false, "A4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void the_executive_briefing_is_exactly_one_page(String name, SampleBriefs.Shape shape) throws IOException {
        byte[] pdf = render(SampleBriefs.brief(shape), JasperPdfRenderer::executive);
        Files.write(tmp.resolve("executive.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            float expectedHeight = shape.pageSize().equals("LETTER") ? 792 : 842;
            assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(expectedHeight);
            assertThat(unembeddedFonts(doc)).isEmpty();
        }
    }

    @Test
    void the_executive_page_draws_its_charts_as_vectors_not_images() throws IOException {
        try (PDDocument doc = Loader.loadPDF(executive)) {
            assertThat(rasterImages(doc.getPage(0).getResources())).isZero();
        }
    }

    @Test
    void an_unstable_clustering_is_not_presented_on_the_executive_page() throws IOException {
        Brief b = sample;
        Clustering c = b.clustering().orElseThrow();
        Clustering unstable = new Clustering(c.k(), c.features(), c.scaling(), c.kChosen(), c.silhouette(), 0.41, false,
                c.customers(), c.sampleSize(), c.choices(), c.clusters(), c.charts());
        Brief withUnstable = new Brief(b.meta(), b.quality(), b.measures(), b.kpis(), b.headline(), b.recommendation(),
                b.findings(), b.segments(), b.crossTabs(), b.trends(), b.distributions(), Optional.of(unstable), b.rfm());
        assertThat(text(executive)).contains("CUSTOMER SEGMENTS", "Big spenders");
        assertThat(text(render(withUnstable, JasperPdfRenderer::executive))).doesNotContain("CUSTOMER SEGMENTS", "Big spenders");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shapes")
    void the_appendix_lists_only_the_sections_the_brief_has(String name, SampleBriefs.Shape shape) throws IOException {
        byte[] pdf = render(SampleBriefs.brief(shape), JasperPdfRenderer::appendix);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) outline.add(item.getTitle());
            assertThat(outline).contains("Overview", "Category", "Data quality", "Method");
            assertThat(outline.contains("Trends")).isEqualTo(shape.trend());
            assertThat(outline.contains("Customer clusters")).isEqualTo(shape.clustering());
            assertThat(text(pdf)).contains("Page 1 of " + doc.getNumberOfPages());
            assertThat(unembeddedFonts(doc)).isEmpty();
        }
    }

    @Test
    void the_appendix_marks_distinct_counts_as_estimates_only_above_the_exact_limit() throws IOException {
        Brief small = SampleBriefs.crowdfunding();
        assertThat(text(render(small, JasperPdfRenderer::appendix))).contains("Distinct").doesNotContain("Distinct (est.)", "HyperLogLog");
        DataQuality q = small.quality();
        DataQuality large = new DataQuality(q.rowsRead(), q.rowsRejected(), DataQuality.EXACT_DISTINCT_ROWS + 1, q.customers(),
                q.columns(), q.rejections(), q.notes(), q.dataNote());
        Brief big = new Brief(small.meta(), large, small.measures(), small.kpis(), small.headline(), small.recommendation(),
                small.findings(), small.segments(), small.crossTabs(), small.trends(), small.distributions(), small.clustering(),
                small.rfm(), small.claims(), small.continuity(), small.pageOrder());
        assertThat(text(render(big, JasperPdfRenderer::appendix))).contains("Distinct (est.)", "estimated for the other columns (HyperLogLog");
    }

    @Test
    void the_executive_page_says_the_headline_the_answers_and_the_compact_kpis() throws IOException {
        String text = text(executive);
        assertThat(text).contains(SampleBriefs.HEADLINE, SampleBriefs.RECOMMENDATION);
        sample.findings().stream().limit(4).forEach(f -> assertThat(text).contains(f.title(), f.answer()));
        for (Kpi k : sample.kpis()) {
            assertThat(text).contains(k.label(), sample.formats().compact(k.value(), k.kind()));
        }
        assertThat(text).contains("€812.3k", "+5.2%", "−1.3%", "Big spenders", "2023");
    }

    @Test
    void the_appendix_has_contents_bookmarks_page_numbers_and_metadata() throws IOException {
        try (PDDocument doc = Loader.loadPDF(appendix)) {
            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).contains("Contents", "Overview", "Category", "Device", "Gender", "Age bracket",
                    "Cross-tabs", "Trends", "Distributions", "Customer clusters", "RFM segments", "Data quality", "Method");
            List<String> crossTabs = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().equals("Cross-tabs")) item.children().forEach(c -> crossTabs.add(c.getTitle()));
            }
            assertThat(crossTabs).containsExactly("Device × Gender");
            int pages = doc.getNumberOfPages();
            assertThat(doc.getPage(1).getAnnotations()).as("the contents link to their sections")
                    .hasSizeGreaterThanOrEqualTo(outline.size() - 2)
                    .allMatch(a -> a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink);
            String text = text(appendix);
            assertThat(text).contains("Page 1 of " + pages, "Page " + pages + " of " + pages, "Contents");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Crowdfunding donations · Appendix · 2023");
            assertThat(doc.getDocumentInformation().getAuthor()).isEqualTo("SegmentBrief");
            assertThat(doc.getDocumentInformation().getCreator()).isEqualTo("SegmentBrief 0.1.0");
            assertThat(doc.getDocumentInformation().getKeywords()).contains("crowdfunding");
            assertThat(doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2023);
        }
    }

    @Test
    void each_contents_line_gives_the_page_its_section_starts_on() throws IOException {
        try (PDDocument doc = Loader.loadPDF(appendix)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            List<String> lines = stripper.getText(doc).lines().map(String::strip).toList();
            int checked = 0;
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                int page = doc.getPages().indexOf(item.findDestinationPage(doc)) + 1;
                if (page <= 2) continue;  // the cover and the contents themselves
                assertThat(lines).as(item.getTitle()).contains(item.getTitle() + " " + page);
                checked++;
            }
            assertThat(checked).isGreaterThanOrEqualTo(10);
        }
    }

    @Test
    void the_appendix_prints_exact_figures_of_every_section() throws IOException {
        String text = text(appendix);
        assertThat(text).contains("€812,345.67", "9f2c4e1b7a3d5f6081c2e4a6b8d0f1e3c5a7b9d1f3e5a7c9b1d3f5e7a9c1b3d5",
                "Occasional small givers", "Champions", "k = 4 (chosen)", "\"12,5O\" is not a number", "seed 42",
                "Publishing", "(missing)");
    }

    @Test
    void the_appendix_repeats_table_headers_when_200_segments_run_over_pages() throws IOException {
        byte[] pdf = render(SampleBriefs.brief(new SampleBriefs.Shape(200, 4, false, true, true, "A4")), JasperPdfRenderer::appendix);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithCategoryTable = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                if (page.contains("Category 1") && page.contains("Customers")) pagesWithCategoryTable++;
            }
            assertThat(pagesWithCategoryTable).isGreaterThan(2);
            assertThat(text(pdf)).contains("Category 200");
        }
    }

    @Test
    void every_font_is_embedded_in_both_pdfs() throws IOException {
        for (byte[] pdf : List.of(executive, appendix)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(unembeddedFonts(doc)).isEmpty();
            }
        }
    }

    @Test
    void the_same_brief_gives_the_same_bytes() {
        Brief again = SampleBriefs.crowdfunding();
        assertThat(render(again, JasperPdfRenderer::executive)).isEqualTo(executive);
        assertThat(render(again, JasperPdfRenderer::appendix)).isEqualTo(appendix);
    }

    @Test
    void the_archive_copy_passes_veraPDF_as_PDF_A_2b() throws Exception {
        assertPdfA2b(render(sample, JasperPdfRenderer::appendixPdfA));
    }

    @Test
    void chinese_japanese_and_korean_print_in_droid_sans_fallback_and_the_archive_copy_still_passes_veraPDF() throws Exception {
        Brief cjk = SampleBriefs.cjk();
        byte[] executivePdf = render(cjk, JasperPdfRenderer::executive);
        byte[] archive = render(cjk, JasperPdfRenderer::appendixPdfA);
        assertThat(text(executivePdf)).contains("東京 leads with €165.4k", "北京 follows, then 서울");
        assertThat(text(archive)).contains("東京", "北京", "서울", "São Paulo", "Москва");
        for (byte[] pdf : List.of(executivePdf, archive)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(unembeddedFonts(doc)).isEmpty();
                assertThat(fontNames(doc)).anyMatch(n -> n.endsWith("+DroidSansFallback"))
                        .anyMatch(n -> n.endsWith("+DejaVuSans"));
            }
        }
        assertThat(render(SampleBriefs.cjk(), JasperPdfRenderer::appendixPdfA)).as("reproducible").isEqualTo(archive);
        assertPdfA2b(archive);
    }

    @Test
    void text_without_cjk_embeds_no_cjk_font() throws IOException {
        for (byte[] pdf : List.of(executive, appendix)) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(fontNames(doc)).noneMatch(n -> n.contains("Droid"));
            }
        }
    }

    // ---- helpers

    private void assertPdfA2b(byte[] pdf) throws Exception {
        Files.write(tmp.resolve("appendix-pdfa.pdf"), pdf);
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
            assertThat(parser.getFlavour().toString()).contains("2").containsIgnoringCase("b");
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    private static byte[] render(Brief brief, TriConsumer how) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        how.accept(new JasperPdfRenderer(new ChartRenderer(brief.formats())), brief, out);
        return out.toByteArray();
    }

    @FunctionalInterface
    private interface TriConsumer {
        void accept(JasperPdfRenderer renderer, Brief brief, ByteArrayOutputStream out);
    }

    private static int rasterImages(PDResources resources) throws IOException {
        int n = 0;
        if (resources == null) return 0;
        for (var name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) n++;
            if (x instanceof PDFormXObject form) n += rasterImages(form.getResources());
        }
        return n;
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The base names of the fonts the pages use, e.g. "ABCDEF+DejaVuSans". */
    private static List<String> fontNames(PDDocument doc) throws IOException {
        List<String> names = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources r = page.getResources();
            for (var name : r.getFontNames()) names.add(r.getFont(name).getName());
        }
        return names;
    }

    private static List<String> unembeddedFonts(PDDocument doc) throws IOException {
        List<String> bad = new ArrayList<>();
        for (PDPage page : doc.getPages()) collectUnembedded(page.getResources(), bad);
        return bad;
    }

    private static void collectUnembedded(PDResources resources, List<String> bad) throws IOException {
        if (resources == null) return;
        for (var name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font != null && !font.isEmbedded()) bad.add(font.getName());
        }
        for (var name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDFormXObject form) collectUnembedded(form.getResources(), bad);
        }
    }
}
