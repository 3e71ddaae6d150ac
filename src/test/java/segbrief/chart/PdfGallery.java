package segbrief.chart;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import segbrief.brief.ChartSpec;

/**
 * Draws every sample through OpenPDF's PdfGraphics2D (what the JasperReports PDF exporter uses) into one PDF,
 * one page per chart at executive and appendix size, to check that charts land as vectors with DejaVu embedded.
 */
final class PdfGallery {
    private PdfGallery() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/charts/gallery.pdf");
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    static void write(OutputStream out) {
        ChartRenderer renderer = new ChartRenderer(Samples.EUR);
        Document doc = new Document(new Rectangle(595, 842));
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        FontMapper fonts = new DejaVuMapper();
        for (ChartSpec spec : Samples.all()) {
            PdfContentByte cb = writer.getDirectContent();
            Graphics2D g = cb.createGraphics(595, 842, fonts);
            renderer.draw(spec, g, new Rectangle2D.Double(40, 40, 250, 160));
            renderer.draw(spec, g, new Rectangle2D.Double(40, 240, 500, 260));
            g.dispose();
            doc.newPage();
        }
        doc.close();
    }

    /** Maps the AWT DejaVu fonts to the same TrueType files, embedded (Identity-H). */
    private static final class DejaVuMapper implements FontMapper {
        @Override
        public BaseFont awtToPdf(Font font) {
            String name = font.isBold() ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf";
            try (InputStream in = PdfGallery.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/" + name)) {
                return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return null;
        }
    }
}
