package segbrief.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Turns the PDF/A-2b archive copy into PDF/A-3b carrying its own evidence: each file (metrics.json, the spec, the
 * segment tables) embedded as an associated file of the document (catalog /AF, /AFRelationship Data or Source, its
 * MIME type, a modification date from the data, not the clock).
 */
public final class ArchiveAttachments {
    private ArchiveAttachments() {}

    /** One file to embed: its name, MIME type, relationship ("Data" or "Source"), a description and its bytes. */
    public record Attachment(String name, String mime, String relationship, String description, byte[] bytes) {}

    public static byte[] toPdfA3(byte[] pdfa2, List<Attachment> files, LocalDate dataTo) {
        try (PDDocument doc = Loader.loadPDF(pdfa2)) {
            PDMetadata meta = doc.getDocumentCatalog().getMetadata();
            String xmp;
            try (InputStream in = meta.exportXMPMetadata()) {
                xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String part3 = xmp.replaceAll("(<pdfaid:part>)2(</pdfaid:part>)", "$13$2").replaceAll("(pdfaid:part=\")2(\")", "$13$2");
            meta.importXMPMetadata(part3.getBytes(StandardCharsets.UTF_8));

            GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            date.clear();
            LocalDate d = dataTo == null ? LocalDate.of(2000, 1, 1) : dataTo;
            date.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
            Map<String, PDComplexFileSpecification> names = new TreeMap<>();
            COSArray af = new COSArray();
            for (Attachment a : files) {
                PDEmbeddedFile ef = new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()));
                ef.setSubtype(a.mime());
                ef.setSize(a.bytes().length);
                ef.setModDate(date);
                PDComplexFileSpecification spec = new PDComplexFileSpecification();
                spec.setFile(a.name());
                spec.setFileUnicode(a.name());
                spec.setEmbeddedFile(ef);
                spec.setEmbeddedFileUnicode(ef);
                spec.setFileDescription(a.description());
                spec.getCOSObject().setName(COSName.getPDFName("AFRelationship"), a.relationship());
                names.put(a.name(), spec);
                af.add(spec);
            }
            PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
            tree.setNames(names);
            PDDocumentNameDictionary dict = doc.getDocumentCatalog().getNames();
            if (dict == null) dict = new PDDocumentNameDictionary(doc.getDocumentCatalog());
            dict.setEmbeddedFiles(tree);
            doc.getDocumentCatalog().setNames(dict);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("AF"), af);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot attach the data to the archive copy", e);
        }
    }

    /** The attachments of a brief's archive copy, by name. */
    public static List<Attachment> of(byte[] metricsJson, String specName, byte[] spec, Map<String, byte[]> segmentTables) {
        List<Attachment> out = new ArrayList<>();
        out.add(new Attachment("metrics.json", "application/json", "Data", "Every figure of this brief (SegmentBrief metrics.json)", metricsJson));
        if (spec != null) out.add(new Attachment(specName, "application/yaml", "Source", "The brief spec this report was made from", spec));
        new TreeMap<>(segmentTables).forEach((name, bytes) ->
                out.add(new Attachment(name, "text/csv", "Data", "Segment table " + name, bytes)));
        return out;
    }

}
