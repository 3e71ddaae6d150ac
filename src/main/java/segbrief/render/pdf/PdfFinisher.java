package segbrief.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;

/**
 * Makes an exported PDF reproducible and archivable: dates from the data instead of the clock, a document ID
 * derived from the content, font subset tags that do not change between runs, and no /CIDSet (PDF/A-2 does not
 * need one, and OpenPDF's lists fewer CIDs than the subset holds, which veraPDF rejects under 6.2.11.4.2).
 */
final class PdfFinisher {
    private static final LocalDate FALLBACK_DATE = LocalDate.of(2000, 1, 1);

    private PdfFinisher() {}

    static byte[] finish(byte[] pdf, LocalDate dataTo) throws IOException {
        Calendar date = calendar(dataTo == null ? FALLBACK_DATE : dataTo);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreationDate(date);
            info.setModificationDate(date);
            fixMetadata(doc, date);
            Set<COSBase> seen = new HashSet<>();
            for (COSObject o : doc.getDocument().getXrefTable().keySet().stream()
                    .map(k -> doc.getDocument().getObjectFromPool(k)).toList()) {
                fixFont(o.getObject(), seen);
            }
            byte[] id = new byte[16];
            doc.getDocument().setDocumentID(idArray(id));
            byte[] draft = save(doc);
            id = Arrays.copyOf(sha256(draft), 16);
            doc.getDocument().setDocumentID(idArray(id));
            return save(doc);
        }
    }

    private static void fixFont(COSBase base, Set<COSBase> seen) {
        if (!(base instanceof COSDictionary d) || !seen.add(d)) return;
        if (COSName.FONT_DESC.equals(d.getCOSName(COSName.TYPE))) {
            d.removeItem(COSName.CID_SET);
            stableSubsetTag(d, COSName.FONT_NAME);
        } else if (COSName.FONT.equals(d.getCOSName(COSName.TYPE))) {
            stableSubsetTag(d, COSName.BASE_FONT);
        }
    }

    /** Subset fonts are named "ABCDEF+DejaVuSans" with a random tag; derive the tag from the name instead. */
    private static void stableSubsetTag(COSDictionary d, COSName key) {
        COSName name = d.getCOSName(key);
        if (name == null) return;
        String s = name.getName();
        if (s.length() > 7 && s.charAt(6) == '+' && s.substring(0, 6).chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
            String base = s.substring(7);
            byte[] h = sha256(base.getBytes(StandardCharsets.UTF_8));
            StringBuilder tag = new StringBuilder();
            for (int i = 0; i < 6; i++) tag.append((char) ('A' + Math.floorMod(h[i], 26)));
            d.setName(key, tag + "+" + base);
        }
    }

    /** The XMP packet (written for PDF/A) repeats the dates; keep it equal to the Info dictionary. */
    private static void fixMetadata(PDDocument doc, Calendar date) throws IOException {
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta == null) return;
        String xmp;
        try (InputStream in = meta.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String iso = String.format("%04d-%02d-%02dT00:00:00Z", date.get(Calendar.YEAR), date.get(Calendar.MONTH) + 1,
                date.get(Calendar.DAY_OF_MONTH));
        String fixed = xmp.replaceAll("(<xmp:(CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:)", "$1" + iso + "$3")
                .replaceAll("(xmp:(CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")", "$1" + iso + "$3")
                .replaceAll("uuid:[0-9a-fA-F-]{36}", "uuid:00000000-0000-0000-0000-000000000000");
        if (!fixed.equals(xmp)) {
            try (OutputStream out = meta.getCOSObject().createOutputStream()) {
                out.write(fixed.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out, CompressParameters.NO_COMPRESSION);
        return out.toByteArray();
    }

    private static COSArray idArray(byte[] id) {
        COSArray a = new COSArray();
        a.add(new COSString(id));
        a.add(new COSString(id));
        return a;
    }

    private static Calendar calendar(LocalDate day) {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        c.clear();
        c.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth(), 0, 0, 0);
        return c;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
