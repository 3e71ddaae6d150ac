package segbrief.render.html;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a message back with the standard MIME parser (Jakarta Mail), as a mail client would. */
record Mime(MimeMessage message, MimeMultipart mixed, MimeMultipart related, MimeMultipart alternative) {

    static Mime parse(byte[] eml) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        return of(m);
    }

    static Mime of(MimeMessage m) throws Exception {
        MimeMultipart mixed = (MimeMultipart) m.getContent();
        MimeMultipart related = (MimeMultipart) mixed.getBodyPart(0).getContent();
        MimeMultipart alternative = (MimeMultipart) related.getBodyPart(0).getContent();
        return new Mime(m, mixed, related, alternative);
    }

    /** The text part with the wire's CRLF line ends read back as LF. */
    String text() throws Exception { return ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n"); }

    String html() throws Exception { return (String) alternative.getBodyPart(1).getContent(); }

    /** The related parts after the HTML: the inline images. */
    List<BodyPart> inlineImages() throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        for (int i = 1; i < related.getCount(); i++) parts.add(related.getBodyPart(i));
        return parts;
    }

    /** Content-ID without angle brackets. */
    static String cid(Part p) throws Exception {
        String[] h = p.getHeader("Content-ID");
        return h == null ? null : h[0].replaceAll("^<|>$", "");
    }
}
