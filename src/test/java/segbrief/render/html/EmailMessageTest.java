package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import segbrief.UserError;
import segbrief.brief.Brief;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.chart.ChartRenderer;

class EmailMessageTest {
    static final byte[] PDF = "%PDF-1.7\n% a stand-in executive page\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final EmailOptions OPTIONS = new EmailOptions("SegmentBrief <briefs@example.com>",
            List.of("ceo@example.com"), List.of("cfo@example.com"), null, true);

    final Brief brief = SampleBrief.crowdfunding();
    final HtmlRenderer renderer = new HtmlRenderer(new ChartRenderer(brief.formats()));

    Mime email(Brief b, EmailOptions o) throws Exception {
        return Mime.parse(HtmlRenderer.toBytes(renderer.email(b, o, PDF)));
    }

    @Test
    void the_message_is_mixed_over_related_over_alternative_with_the_pdf_attached() throws Exception {
        Mime m = email(brief, OPTIONS);

        assertThat(m.message().getContentType()).startsWith("multipart/mixed");
        assertThat(m.mixed().getCount()).isEqualTo(2);
        assertThat(m.mixed().getBodyPart(0).isMimeType("multipart/related")).isTrue();
        assertThat(m.related().getBodyPart(0).isMimeType("multipart/alternative")).isTrue();
        assertThat(m.alternative().getCount()).isEqualTo(2);
        assertThat(m.alternative().getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(m.alternative().getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(m.inlineImages()).hasSize(3).allSatisfy(p -> {
            assertThat(p.isMimeType("image/png")).isTrue();
            assertThat(p.getDisposition()).isEqualTo(Part.INLINE);
            assertThat(Mime.cid(p)).endsWith("@segbrief");
        });
        BodyPart pdf = m.mixed().getBodyPart(1);
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        assertThat(pdf.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(pdf.getFileName()).isEqualTo("crowdfunding-2023-executive.pdf");
        assertThat(pdf.getInputStream().readAllBytes()).isEqualTo(PDF);
    }

    @Test
    void every_cid_in_the_html_resolves_to_an_inline_png_and_no_image_is_remote_or_inline_data() throws Exception {
        Mime m = email(brief, OPTIONS);
        Map<String, byte[]> parts = m.inlineImages().stream().collect(Collectors.toMap(
                p -> uncheckedCid(p), p -> uncheckedBytes(p)));
        Document html = Jsoup.parse(m.html());

        List<String> sources = html.select("img").eachAttr("src");
        assertThat(sources).hasSize(3).allSatisfy(src -> {
            assertThat(src).startsWith("cid:");
            assertThat(parts).containsKey(src.substring(4));
        });
        assertThat(parts.values()).allSatisfy(png -> assertThat(png).startsWith(0x89, 'P', 'N', 'G'));
        assertThat(m.html()).doesNotContain("data:").doesNotContain("http://").doesNotContain("https://");
    }

    @Test
    void without_attach_pdf_there_is_no_attachment() throws Exception {
        EmailOptions noPdf = new EmailOptions("briefs@example.com", List.of("ceo@example.com"), List.of(), null, false);
        Mime m = email(brief, noPdf);

        assertThat(m.mixed().getCount()).isEqualTo(1);
        assertThat(m.message().getRecipients(MimeMessage.RecipientType.CC)).isNull();
    }

    @Test
    void the_same_brief_gives_the_same_bytes() {
        byte[] first = HtmlRenderer.toBytes(renderer.email(brief, OPTIONS, PDF));
        byte[] second = HtmlRenderer.toBytes(new HtmlRenderer(new ChartRenderer(brief.formats()))
                .email(SampleBrief.crowdfunding(), OPTIONS, PDF));

        assertThat(second).isEqualTo(first);
        String head = new String(first, StandardCharsets.US_ASCII);
        assertThat(head).startsWith("Date: Mon, 1 Jan 2024 00:00:00 +0000\r\n");
        assertThat(head).containsPattern("Message-ID: <[0-9a-f]{32}\\.segbrief@example\\.com>");
    }

    @Test
    void the_date_does_not_depend_on_the_machines_time_zone() {
        java.util.TimeZone before = java.util.TimeZone.getDefault();
        byte[] utc = HtmlRenderer.toBytes(renderer.email(brief, OPTIONS, PDF));
        try {
            java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/Los_Angeles"));
            assertThat(HtmlRenderer.toBytes(renderer.email(brief, OPTIONS, PDF))).isEqualTo(utc);
        } finally {
            java.util.TimeZone.setDefault(before);
        }
    }

    @Test
    void headers_come_from_the_options_and_the_subject_defaults_to_title_and_period() throws Exception {
        MimeMessage m = email(brief, OPTIONS).message();

        assertThat(m.getSubject()).isEqualTo("Crowdfunding donations – 2023");
        assertThat(m.getFrom()[0].toString()).isEqualTo("SegmentBrief <briefs@example.com>");
        assertThat(m.getRecipients(MimeMessage.RecipientType.TO)).extracting(Object::toString).containsExactly("ceo@example.com");
        assertThat(m.getRecipients(MimeMessage.RecipientType.CC)).extracting(Object::toString).containsExactly("cfo@example.com");
    }

    @Test
    void no_header_can_be_injected_through_the_title_or_the_subject() throws Exception {
        Brief hostile = SampleBrief.crowdfunding(SampleBrief.meta("Donations\r\nBcc: thief@evil.example"), true);
        MimeMessage fromTitle = email(hostile, OPTIONS).message();
        EmailOptions subject = new EmailOptions("briefs@example.com", List.of("ceo@example.com"), List.of(),
                "Brief\nBcc: thief@evil.example\r\nX-Evil: 1", false);
        MimeMessage fromSubject = email(brief, subject).message();

        for (MimeMessage m : List.of(fromTitle, fromSubject)) {
            assertThat(m.getHeader("Bcc")).isNull();
            assertThat(m.getHeader("X-Evil")).isNull();
            assertThat(m.getRecipients(MimeMessage.RecipientType.BCC)).isNull();
        }
        assertThat(fromTitle.getSubject()).isEqualTo("Donations Bcc: thief@evil.example – 2023");
        assertThat(fromSubject.getSubject()).isEqualTo("Brief Bcc: thief@evil.example X-Evil: 1");
    }

    @Test
    void an_address_with_a_line_break_is_refused_not_split() {
        EmailOptions bad = new EmailOptions("briefs@example.com", List.of("ceo@example.com\r\nBcc: thief@evil.example"),
                List.of(), null, false);

        assertThatThrownBy(() -> renderer.email(brief, bad, null))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.kind()).isEqualTo(UserError.Kind.SPEC);
                    assertThat(e.oneLine()).startsWith("email.to: \"ceo@example.com Bcc: thief@evil.example\" is not an email address");
                });
    }

    @Test
    void hostile_category_names_are_text_in_the_html_and_as_written_in_the_text_part() throws Exception {
        Mime m = email(brief, OPTIONS);
        Document html = Jsoup.parse(m.html());

        assertThat(html.select("script")).isEmpty();
        assertThat(m.html()).doesNotContain(SampleBrief.SCRIPT).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html.body().text()).contains(SampleBrief.SCRIPT, SampleBrief.QUOTES);
        assertThat(html.select("img").eachAttr("alt")).anySatisfy(alt -> assertThat(alt).contains(SampleBrief.SCRIPT, SampleBrief.QUOTES));
        assertThat(m.text()).contains(SampleBrief.SCRIPT + " raised €12.3k", SampleBrief.QUOTES + " (€118.9k)",
                "Occasional " + SampleBrief.SCRIPT);
    }

    @Test
    void the_html_is_mail_safe_tables_inline_css_alt_text_and_no_script() throws Exception {
        Mime m = email(brief, OPTIONS);
        Document html = Jsoup.parse(m.html());
        String lower = m.html().toLowerCase();

        assertThat(html.select("style, script, link, iframe, form")).isEmpty();
        assertThat(lower).doesNotContain("display:flex", "display: flex", "display:grid", "display: grid",
                "class=", "position:absolute", "position:fixed", "@media");
        assertThat(html.select("img")).allSatisfy(img -> {
            assertThat(img.attr("alt")).isNotBlank();
            assertThat(img.attr("width")).isEqualTo("560");
            assertThat(img.attr("height")).matches("\\d+");
        });
        Element container = html.select("table[width=600]").first();
        assertThat(container).isNotNull();
        assertThat(container.attr("style")).contains("max-width:600px");
        assertThat(html.select("td")).allSatisfy(td -> assertThat(td.attr("style")).isNotBlank());
        assertThat(html.select("[style*=font-family]")).allSatisfy(e ->
                assertThat(e.attr("style")).contains("font-family:Arial,Helvetica,sans-serif"));
    }

    @Test
    void numbers_read_as_on_the_executive_page_in_the_html_and_the_text() throws Exception {
        Mime m = email(brief, OPTIONS);
        Formats f = brief.formats();
        String htmlText = Jsoup.parse(m.html()).body().text();

        for (Kpi k : brief.kpis()) {
            String shown = f.compact(k.value(), k.kind());
            assertThat(htmlText).contains(shown);
            assertThat(m.text()).contains(shown);
        }
        assertThat(htmlText).contains("€812.3k", "12.3k", "+5.2%", "−1.3%", "€40.62");
        assertThat(m.text()).contains("Donations     €812.3k  (+5.2% vs previous period)");
        assertThat(htmlText).contains(brief.headline(), brief.recommendation());
        brief.findings().forEach(x -> assertThat(htmlText).contains(x.title(), x.answer(), x.question()));
    }

    @Test
    void the_text_part_reads_well_alone() throws Exception {
        String text = email(brief, OPTIONS).text();

        assertThat(text).startsWith("Crowdfunding donations\n");
        assertThat(text).contains("KEY FIGURES", "1. Which categories raise the most?", "RECOMMENDATION",
                "CUSTOMER GROUPS", "  - Young frequent givers: 44.0% of customers (5,432), 38.0% of\n    donations\n",
                "Sources: donations.csv (20,000 rows).");
        assertThat(text.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
        assertThat(text).doesNotContain("<p", "<td", "&lt;", "&amp;");
    }

    @Test
    void clusters_are_left_out_with_a_note_when_they_are_not_stable() throws Exception {
        Brief unstable = SampleBrief.crowdfunding(SampleBrief.meta("Crowdfunding donations"), false);
        Mime m = email(unstable, OPTIONS);
        String htmlText = Jsoup.parse(m.html()).body().text();

        assertThat(Jsoup.parse(m.html()).select("h2").eachText()).doesNotContain("Customer groups");
        assertThat(htmlText).doesNotContain("Young frequent givers")
                .contains("Customer groups were not stable across resamples (agreement 0.42), so none are presented.");
        assertThat(m.text()).doesNotContain("CUSTOMER GROUPS");
    }

    @Test
    void the_html_part_stays_under_100_kb_and_the_message_under_1_mb() {
        byte[] eml = HtmlRenderer.toBytes(renderer.email(brief, OPTIONS, PDF));
        int html;
        try {
            html = Mime.parse(eml).html().getBytes(StandardCharsets.UTF_8).length;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(html).isLessThan(100 * 1024);
        assertThat(eml.length).isLessThan(1024 * 1024);
    }

    @Test
    void options_without_sender_or_recipient_are_spec_errors() {
        assertThatThrownBy(() -> new EmailOptions(" ", List.of("ceo@example.com"), List.of(), null, false))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine())
                        .isEqualTo("email.from: the email has no sender (add email: from: briefs@example.com)"));
        assertThatThrownBy(() -> new EmailOptions("briefs@example.com", List.of(), null, null, false))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.kind()).isEqualTo(UserError.Kind.SPEC));
    }

    @Test
    void asking_for_the_pdf_without_giving_one_is_a_programming_error() {
        assertThatThrownBy(() -> renderer.email(brief, OPTIONS, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("executive PDF");
    }

    private static String uncheckedCid(BodyPart p) {
        try {
            return Mime.cid(p);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] uncheckedBytes(BodyPart p) {
        try {
            return p.getInputStream().readAllBytes();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
