package segbrief.render.html;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import segbrief.UserError;

/**
 * Assembles the deterministic MIME message: mixed > related > alternative (text, html) + inline charts, and the
 * PDF. Message-ID and boundaries derive from a hash of the content and the Date from the data period, so the
 * same brief gives the same .eml bytes.
 */
final class EmailMessage {
    /** Used when the brief has no date column: a fixed, obviously synthetic date. */
    static final LocalDate NO_DATE = LocalDate.of(2000, 1, 1);

    /** RFC 5322 date in UTC; Jakarta Mail's own formatter would use the machine's time zone. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss xx", Locale.US);

    private EmailMessage() {}

    record Content(String subject, String text, String html, Collection<ChartImage> images, byte[] pdf,
                   String pdfName, LocalDate date) {}

    static MimeMessage build(EmailOptions o, Content c) {
        InternetAddress from = address(UserError.Kind.SPEC, "email.from", o.from());
        List<InternetAddress> to = o.to().stream().map(a -> address(UserError.Kind.SPEC, "email.to", a)).toList();
        List<InternetAddress> cc = o.cc().stream().map(a -> address(UserError.Kind.SPEC, "email.cc", a)).toList();
        String subject = headerValue(c.subject());
        String hash = hash(from, to, cc, subject, c);
        try {
            MimeMessage m = new FixedIdMessage(Session.getInstance(new Properties()),
                    "<" + hash.substring(0, 32) + ".segbrief@" + domain(from) + ">");
            m.setFrom(from);
            m.setRecipients(MimeMessage.RecipientType.TO, to.toArray(InternetAddress[]::new));
            if (!cc.isEmpty()) m.setRecipients(MimeMessage.RecipientType.CC, cc.toArray(InternetAddress[]::new));
            m.setSubject(subject, "UTF-8");
            m.setHeader("Date", DATE.format(c.date().atStartOfDay(ZoneOffset.UTC)));

            MimeMultipart alternative = new FixedBoundaryMultipart("alternative", "=_alt_" + hash.substring(0, 24));
            MimeBodyPart text = new MimeBodyPart();
            text.setText(c.text(), "UTF-8", "plain");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(c.html(), "UTF-8", "html");
            alternative.addBodyPart(text);
            alternative.addBodyPart(html);

            MimeMultipart related = new FixedBoundaryMultipart("related", "=_rel_" + hash.substring(0, 24),
                    "multipart/alternative");
            related.addBodyPart(wrap(alternative));
            for (ChartImage img : c.images()) related.addBodyPart(inline(img));

            MimeMultipart mixed = new FixedBoundaryMultipart("mixed", "=_mix_" + hash.substring(0, 24));
            mixed.addBodyPart(wrap(related));
            if (c.pdf() != null) mixed.addBodyPart(attachment(c.pdf(), c.pdfName()));
            m.setContent(mixed);
            m.saveChanges();
            return m;
        } catch (MessagingException e) {
            throw new IllegalStateException("could not assemble the email: " + e.getMessage(), e);
        }
    }

    /** Removes CR, LF and other control characters: nothing from the data can start a new header. */
    static String headerValue(String s) {
        return s == null ? "" : s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    /** One address, checked; {@code kind} says whether it came from the spec or the command line. */
    static InternetAddress address(UserError.Kind kind, String where, String raw) {
        String value = headerValue(raw);
        try {
            InternetAddress[] parsed = InternetAddress.parse(value, true);
            if (parsed.length != 1) throw new AddressException("expected exactly one address", value);
            parsed[0].validate();
            return parsed[0];
        } catch (AddressException e) {
            throw new UserError(kind, where, "\"" + value + "\" is not an email address",
                    "write it like ceo@example.com or \"Jane Doe <ceo@example.com>\"", e);
        }
    }

    private static String domain(InternetAddress a) {
        String s = a.getAddress();
        return s.substring(s.lastIndexOf('@') + 1).replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static MimeBodyPart inline(ChartImage img) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(img.png(), "image/png")));
        part.setContentID("<" + img.cid() + ">");
        part.setDisposition(Part.INLINE);
        part.setFileName(img.fileName());
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static MimeBodyPart attachment(byte[] pdf, String name) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(name);
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    private static String hash(InternetAddress from, List<InternetAddress> to, List<InternetAddress> cc,
                               String subject, Content c) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String s : List.of(from.toString(), to.toString(), cc.toString(), subject, c.text(), c.html(),
                    c.pdfName(), c.date().toString())) {
                byte[] b = s.getBytes(StandardCharsets.UTF_8);
                d.update(b);
                d.update((byte) 0);
            }
            for (ChartImage img : c.images()) {
                d.update(img.cid().getBytes(StandardCharsets.UTF_8));
                d.update(img.png());
            }
            if (c.pdf() != null) d.update(c.pdf());
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** Jakarta Mail would make a Message-ID from the host name and the clock; ours is derived from the content. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** Jakarta Mail would make a boundary from the clock; ours is derived from the content. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String subtype, String boundary) {
            this(subtype, boundary, null);
        }

        FixedBoundaryMultipart(String subtype, String boundary, String type) {
            super(subtype);
            ContentType ct = new ContentType("multipart", subtype, null);
            ct.setParameter("boundary", boundary);
            if (type != null) ct.setParameter("type", type);
            contentType = ct.toString();
        }
    }
}
