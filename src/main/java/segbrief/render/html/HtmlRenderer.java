package segbrief.render.html;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import segbrief.brief.Brief;
import segbrief.brief.Meta;
import segbrief.chart.ChartRenderer;

/**
 * The HTML summary for a browser and the same summary as an email. Only formats what the {@link Brief} holds:
 * numbers through {@code brief.formats()}, words as the brief words them, charts from {@link ChartRenderer}.
 */
public final class HtmlRenderer {
    static final String TEMPLATE = "summary.ftlh";

    private final ChartRenderer charts;
    private final FreemarkerTemplates templates = FreemarkerTemplates.SHARED;
    private segbrief.brief.Brand brand = segbrief.brief.Brand.DEFAULT;
    private ChartImage logo;
    private Brief drawnFor;
    private Map<Integer, ChartImage> drawn;

    public HtmlRenderer(ChartRenderer charts) {
        this.charts = Objects.requireNonNull(charts);
    }

    /** The company's look for every summary and email this renderer writes. */
    public HtmlRenderer brand(segbrief.brief.Brand b) {
        this.brand = Objects.requireNonNull(b);
        this.logo = null;
        if (b.hasLogo()) {
            var l = segbrief.chart.Logo.of(b.logo(), b.logoSvg());
            int height = 36;  // CSS pixels; the PNG has twice as many for sharp screens
            logo = new ChartImage("logo", "logo@segbrief", l.png(2 * height), (int) Math.round(height * l.aspect()), height,
                    b.company().isBlank() ? "Logo" : b.company());
        }
        return this;
    }

    /** Parses the templates once per JVM ahead of the first summary, e.g. on another thread while data is read. */
    public static void warmUp() {
        FreemarkerTemplates.SHARED.load();
    }

    /** summary.html and its images/*.png, by relative file name, in writing order (HTML first). */
    public Map<String, byte[]> summary(Brief brief) {
        Map<Integer, ChartImage> images = images(brief);
        BriefView view = BriefView.of(brief, "web", images, img -> "images/" + img.fileName(), brand, logo);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("summary.html", html(view).getBytes(StandardCharsets.UTF_8));
        images.values().forEach(img -> files.put("images/" + img.fileName(), img.png()));
        if (logo != null) files.put("images/" + logo.fileName(), logo.png());
        return files;
    }

    /** The email as a complete MIME message; {@code executivePdfOrNull} is attached when the options ask. */
    public MimeMessage email(Brief brief, EmailOptions options, byte[] executivePdfOrNull) {
        if (options.attachPdf() && executivePdfOrNull == null) {
            throw new IllegalArgumentException("the email options ask for the executive PDF but none was given");
        }
        Map<Integer, ChartImage> images = images(brief);
        BriefView view = BriefView.of(brief, "email", images, img -> "cid:" + img.cid(), brand, logo);
        java.util.List<ChartImage> inline = new java.util.ArrayList<>(images.values());
        if (logo != null) inline.addFirst(logo);
        Meta meta = brief.meta();
        String subject = options.subject() == null || options.subject().isBlank()
                ? defaultSubject(meta) : options.subject();
        byte[] pdf = options.attachPdf() ? executivePdfOrNull : null;
        return EmailMessage.build(options, new EmailMessage.Content(subject, PlainTextBrief.of(view), html(view),
                inline, pdf, pdfName(meta), meta.dataTo() == null ? EmailMessage.NO_DATE : meta.dataTo().plusDays(1)));
    }

    /** The message as .eml bytes; the same brief and options give the same bytes. */
    public static byte[] toBytes(MimeMessage m) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            m.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("could not write the email: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static String defaultSubject(Meta meta) {
        String title = BriefView.text(meta.title());
        String period = BriefView.text(meta.periodLabel());
        return period.isEmpty() ? title : title + " – " + period;
    }

    static String pdfName(Meta meta) {
        String base = (BriefView.text(meta.name()) + "-" + BriefView.text(meta.periodLabel()))
                .toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-").replaceAll("^-+|-+$", "");
        return (base.isEmpty() ? "brief" : base) + "-executive.pdf";
    }

    /** The summary and the email of one brief share their PNGs: drawing and shrinking them is the slow part. */
    private synchronized Map<Integer, ChartImage> images(Brief brief) {
        if (drawnFor != brief) {
            drawn = ChartImages.forFindings(charts, brief);
            drawnFor = brief;
        }
        return drawn;
    }

    private String html(BriefView view) {
        return templates.render(TEMPLATE, view);
    }
}
