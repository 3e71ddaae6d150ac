package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.UserError;
import segbrief.spec.SpecLoader;

/** {@code brand:} is checked like every key, and its logo, colours, footer and sender reach the email. */
class BrandTest {
    static final String LOGO = """
            <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">
              <rect x="0" y="4" width="32" height="32" fill="#6B2C91"/>
            </svg>
            """;

    @TempDir
    static Path dir;
    static Path folder;

    @BeforeAll
    static void run() {
        StringBuilder csv = new StringBuilder("customer,region,amount\n");
        for (int i = 0; i < 60; i++) csv.append("c").append(i % 20).append(',').append(i % 2 == 0 ? "North" : "South").append(',').append(10 + i).append('\n');
        TestData.write(dir, "sales.csv", csv.toString());
        TestData.write(dir, "logo.svg", LOGO);
        TestData.write(dir, "brief.yaml", spec("""
                  logo: logo.svg
                  colours: {accent: "#6B2C91", positive: "#1B7A3A", negative: "#B3261E", palette: ["#6B2C91", "#E08E0B"]}
                """));
        var run = new BriefPipeline(new Timings()).run(SpecLoader.load(dir.resolve("brief.yaml")), new BriefPipeline.Options(null, null, "1GB"));
        folder = RunOutputs.write(run, Outputs.emailOptions(run.overall().spec(), null, null, null), dir.resolve("out"), new Timings())
                .getFirst().folder();
    }

    static String spec(String brand) {
        return """
                title: Sales
                sources: [{file: sales.csv}]
                customer_id: customer
                measures: [{column: amount, kind: money}]
                dimensions: [region]
                email: {from: briefs@acme.example, to: [ceo@acme.example]}
                brand:
                  company: Acme Retail
                  footer: Confidential, for Acme managers only
                  sender: Acme Insights
                """ + brand;
    }

    @Test
    void the_email_carries_the_logo_inline_the_colours_the_footer_and_the_sender() throws Exception {
        MimeMessage m;
        try (InputStream in = Files.newInputStream(folder.resolve("summary.eml"))) {
            m = new MimeMessage(Session.getInstance(new Properties()), in);
        }
        assertThat(m.getFrom()[0].toString()).isEqualTo("Acme Insights <briefs@acme.example>");
        List<Part> parts = new ArrayList<>();
        collect(m, parts);
        Part logo = parts.stream().filter(p -> header(p, "Content-ID").equals("<logo@segbrief>")).findFirst().orElseThrow();
        assertThat(logo.getContentType()).startsWith("image/png");
        byte[] png = logo.getInputStream().readAllBytes();
        var img = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        assertThat(img.getHeight()).isEqualTo(72);
        assertThat(img.getWidth()).isEqualTo(216);  // 120 x 40 at 72 px high
        assertThat(new java.awt.Color(img.getRGB(30, 36), true)).isEqualTo(new java.awt.Color(0x6B, 0x2C, 0x91));
        String html = null;
        for (Part p : parts) if (p.isMimeType("text/html")) html = p.getContent().toString();
        assertThat(html).contains("src=\"cid:logo@segbrief\"", "Acme Retail", "border-top:5px solid #6B2C91",
                "Confidential, for Acme managers only");
        assertThat(html).doesNotContain("#0072B2");
    }

    @Test
    void the_executive_page_draws_the_logo_as_vectors_in_the_accent_with_the_footer() throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve("executive.pdf").toFile())) {
            var page = pdf.getPage(0);
            int images = 0;
            for (var name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images++;
            }
            assertThat(images).as("the logo and charts are paths, not pictures").isZero();
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Confidential, for Acme managers only");
            var img = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 72);
            // a solid 10 x 10 block of the logo's purple: text in the accent is too thin to make one
            boolean square = false;
            for (int y = 0; y + 10 < 80 && !square; y++) {
                for (int x = 0; x + 10 < img.getWidth() && !square; x++) square = solid(img, x, y, 10, 0x6B2C91);
            }
            assertThat(square).as("the logo's square at the top of the page").isTrue();
        }
    }

    @Test
    void the_appendix_cover_carries_the_logo_and_its_archive_copy_stays_valid_pdf_a() throws Exception {
        for (String f : List.of("appendix.pdf", "appendix-pdfa.pdf")) {
            try (var pdf = org.apache.pdfbox.Loader.loadPDF(folder.resolve(f).toFile())) {
                var cover = new org.apache.pdfbox.rendering.PDFRenderer(pdf).renderImageWithDPI(0, 72);
                boolean square = false;
                for (int y = 0; y + 10 < cover.getHeight() / 3 && !square; y++) {
                    for (int x = 0; x + 10 < cover.getWidth() && !square; x++) square = solid(cover, x, y, 10, 0x6B2C91);
                }
                assertThat(square).as(f + ": the logo on the cover").isTrue();
                var text = new org.apache.pdfbox.text.PDFTextStripper();
                text.setStartPage(1);
                text.setEndPage(1);
                assertThat(text.getText(pdf)).as(f).contains("Confidential, for Acme managers only");
            }
        }
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        byte[] archive = Files.readAllBytes(folder.resolve("appendix-pdfa.pdf"));
        try (var parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(new java.io.ByteArrayInputStream(archive));
             var validator = org.verapdf.pdfa.Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            var result = validator.validate(parser);
            assertThat(result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == org.verapdf.pdfa.results.TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + ": " + a.getMessage()).distinct().toList()).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void a_text_colour_without_enough_contrast_is_refused_naming_the_key_and_the_contrast() {
        // #F0E442: relative luminance 0.2126 * 0.8714 + 0.7152 * 0.7758 + 0.0722 * 0.0545 = 0.7440; (1 + 0.05) / (0.7440 + 0.05)
        TestData.write(dir, "pale.yaml", spec("  colours: {accent: \"#F0E442\"}\n"));
        assertThatThrownBy(() -> SpecLoader.load(dir.resolve("pale.yaml"))).isInstanceOf(UserError.class)
                .hasMessage("brand.colours.accent #F0E442 has a contrast of 1.32:1 on white; text needs at least 4.5:1")
                .satisfies(e -> assertThat(((UserError) e).where()).endsWith("pale.yaml line 11"));
    }

    @Test
    void colours_must_be_hex_and_the_logo_an_existing_image() throws Exception {
        TestData.write(dir, "named.yaml", spec("  colours: {negative: red}\n"));
        assertThatThrownBy(() -> SpecLoader.load(dir.resolve("named.yaml"))).isInstanceOf(UserError.class)
                .hasMessage("\"red\" is not a hex colour");
        TestData.write(dir, "missing.yaml", spec("  logo: nowhere.svg\n"));
        assertThatThrownBy(() -> SpecLoader.load(dir.resolve("missing.yaml"))).isInstanceOf(UserError.class)
                .hasMessage("logo file \"nowhere.svg\" not found");
        TestData.write(dir, "notes.txt", "not a picture");
        TestData.write(dir, "text.yaml", spec("  logo: notes.txt\n"));
        assertThatThrownBy(() -> SpecLoader.load(dir.resolve("text.yaml"))).isInstanceOf(UserError.class)
                .hasMessage("logo \"notes.txt\" is neither a PNG nor an SVG image");
    }

    @Test
    void contrast_is_the_wcag_ratio() {
        // black on white is 21:1; #767676 is the lightest grey that passes 4.5:1 on white
        assertThat(segbrief.spec.BrandContrast.of("#000000", "#FFFFFF")).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(segbrief.spec.BrandContrast.of("#767676", "#FFFFFF")).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.005));
    }

    private static boolean solid(java.awt.image.BufferedImage img, int x0, int y0, int size, int rgb) {
        for (int y = y0; y < y0 + size; y++) {
            for (int x = x0; x < x0 + size; x++) {
                int c = img.getRGB(x, y) & 0xFFFFFF;
                if (Math.abs((c >> 16) - (rgb >> 16)) > 6 || Math.abs((c >> 8 & 0xFF) - (rgb >> 8 & 0xFF)) > 6
                        || Math.abs((c & 0xFF) - (rgb & 0xFF)) > 6) return false;
            }
        }
        return true;
    }

    private static String header(Part p, String name) {
        try {
            String[] h = p.getHeader(name);
            return h == null ? "" : h[0];
        } catch (Exception e) {
            return "";
        }
    }

    private static void collect(Part p, List<Part> out) throws Exception {
        out.add(p);
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), out);
        }
    }
}
