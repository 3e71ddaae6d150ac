package segbrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;

class ArchiveAttachmentsTest {
    @Test
    void the_archive_copy_is_pdf_a_3b_with_its_data_and_spec_as_associated_files() throws Exception {
        Brief sample = SampleBriefs.crowdfunding();
        ByteArrayOutputStream a2 = new ByteArrayOutputStream();
        new JasperPdfRenderer(new ChartRenderer(sample.formats())).appendixPdfA(sample, a2);
        byte[] json = "{\"kpis\": []}\n".getBytes(StandardCharsets.UTF_8);
        byte[] spec = "title: Test\n".getBytes(StandardCharsets.UTF_8);
        byte[] csv = "segment,rows\r\nGames,3\r\n".getBytes(StandardCharsets.UTF_8);
        var files = ArchiveAttachments.of(json, "brief.yaml", spec, Map.of("segments_category.csv", csv));
        byte[] a3 = ArchiveAttachments.toPdfA3(a2.toByteArray(), files, LocalDate.of(2023, 12, 31));

        assertThat(ArchiveAttachments.toPdfA3(a2.toByteArray(), files, LocalDate.of(2023, 12, 31))).as("reproducible").isEqualTo(a3);
        try (PDDocument doc = Loader.loadPDF(a3)) {
            Map<String, PDComplexFileSpecification> names = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(names.keySet()).containsExactly("brief.yaml", "metrics.json", "segments_category.csv");
            assertThat(names.get("metrics.json").getEmbeddedFile().toByteArray()).isEqualTo(json);
            assertThat(names.get("brief.yaml").getEmbeddedFile().toByteArray()).isEqualTo(spec);
            assertThat(names.get("segments_category.csv").getEmbeddedFile().toByteArray()).isEqualTo(csv);
            assertThat(names.get("metrics.json").getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName()).isEqualTo("Data");
            assertThat(names.get("brief.yaml").getCOSObject().getCOSName(COSName.getPDFName("AFRelationship")).getName()).isEqualTo("Source");
            assertThat(names.get("metrics.json").getEmbeddedFile().getSubtype()).isEqualTo("application/json");
            COSArray af = (COSArray) doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF"));
            assertThat(af.size()).isEqualTo(3);
            assertThat(af.getObject(0)).isInstanceOf(COSDictionary.class);
        }
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(a3));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream().filter(t -> t.getStatus() == TestAssertion.Status.FAILED)
                    .map(t -> t.getRuleId().getClause() + "-" + t.getRuleId().getTestNumber() + ": " + t.getMessage()).distinct().toList();
            assertThat(parser.getFlavour().toString()).contains("3").containsIgnoringCase("b");
            assertThat(failures).isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }
}
