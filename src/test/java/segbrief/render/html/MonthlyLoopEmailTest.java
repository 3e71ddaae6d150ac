package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;
import segbrief.chart.ChartRenderer;

/** The monthly loop's banner and its "Since" changes read in the HTML summary and the email as on the executive page. */
class MonthlyLoopEmailTest {
    static final String BANNER = "Data ends on 2 Dec: the month is incomplete";
    static final List<String> SINCE = List.of("Games overtook Art as the top category (€1.2k against €0.9k)",
            "Customers giving to Games rose from 50.0% to 75.0%");

    final Brief plain = SampleBrief.crowdfunding();
    final HtmlRenderer renderer = new HtmlRenderer(new ChartRenderer(plain.formats()));

    static Brief monthly(Brief b) {
        var coverage = new Continuity.Coverage(31, 2, LocalDate.of(2023, 12, 2), 8 / 31.0, 4.0, "archive", false, BANNER);
        return b.withContinuity(Continuity.of("previous-month", LocalDate.of(2024, 1, 3)).withCoverage(coverage)
                .withComparison("2023-11", List.of(), List.of(), SINCE));
    }

    Mime email(Brief b) throws Exception {
        return Mime.parse(HtmlRenderer.toBytes(renderer.email(b, EmailMessageTest.OPTIONS, EmailMessageTest.PDF)));
    }

    @Test
    void the_banner_comes_before_the_headline_and_the_changes_after_the_key_figures() throws Exception {
        Mime m = email(monthly(plain));
        String text = Jsoup.parse(m.html()).body().text();

        assertThat(text).containsSubsequence(BANNER, plain.headline(), "Since 2023-11", SINCE.get(0), SINCE.get(1),
                plain.findings().getFirst().question());
        assertThat(m.text()).containsSubsequence("NOTE: " + BANNER, plain.headline(), "SINCE 2023-11",
                "- " + SINCE.get(0), "- Customers giving to Games rose", "1. " + plain.findings().getFirst().question());
        String summary = new String(renderer.summary(monthly(plain)).get("summary.html"), StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(summary).body().text()).contains(BANNER, "Since 2023-11", SINCE.get(1));
    }

    @Test
    void a_complete_period_without_an_archive_has_neither() throws Exception {
        Mime m = email(plain);
        assertThat(m.html()).doesNotContain("Since ", "incomplete");
        assertThat(m.text()).doesNotContain("NOTE:", "SINCE");
    }

    @Test
    void the_banner_is_dark_text_on_a_pale_fill_of_at_least_4_5_to_1() throws Exception {
        Document html = Jsoup.parse(email(monthly(plain)).html());
        var cell = html.select("td:containsOwn(" + BANNER + ")").first();
        assertThat(cell).isNotNull();
        String style = cell.attr("style");
        assertThat(style).contains("background-color:#fff4d6", "color:#5c3d00");
        assertThat(contrast(0x5c3d00, 0xfff4d6)).isGreaterThan(4.5);
    }

    /** WCAG 2 contrast ratio, worked out here from the sRGB definition. */
    static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    static double luminance(int rgb) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = (rgb >> (16 - 8 * i) & 0xff) / 255.0;
            c[i] = v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
