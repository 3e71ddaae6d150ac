package segbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfVectorTest {
    @Test
    void charts_land_in_a_pdf_as_vectors_with_only_embedded_dejavu_fonts() throws IOException {
        var out = new ByteArrayOutputStream();
        PdfGallery.write(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(Samples.all().size());
            Set<String> fonts = new TreeSet<>();
            for (PDPage page : pdf.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getXObjectNames()) {
                    assertThat(res.getXObject(name)).isNotInstanceOf(PDImageXObject.class);
                }
                for (COSName name : res.getFontNames()) {
                    PDFont font = res.getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
                }
            }
            assertThat(fonts).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("iOS gives 41% of donations", "€165.4k", "iOS 41.3%", "Madrid");
        }
    }
}
