package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;

class SummaryHtmlTest {
    final Brief brief = SampleBrief.crowdfunding();
    final HtmlRenderer renderer = new HtmlRenderer(new ChartRenderer(brief.formats()));

    @Test
    void summary_is_the_html_first_then_one_png_per_chart_referenced_relatively() {
        Map<String, byte[]> files = renderer.summary(brief);

        assertThat(files.keySet()).containsExactly("summary.html", "images/finding-1.png", "images/finding-2.png",
                "images/finding-3.png");
        Document html = Jsoup.parse(new String(files.get("summary.html"), StandardCharsets.UTF_8));
        List<String> sources = html.select("img").eachAttr("src");
        assertThat(sources).containsExactly("images/finding-1.png", "images/finding-2.png", "images/finding-3.png");
        assertThat(sources).allSatisfy(src -> assertThat(files).containsKey(src));
    }

    @Test
    void summary_says_what_the_email_says() throws Exception {
        String web = Jsoup.parse(new String(renderer.summary(brief).get("summary.html"), StandardCharsets.UTF_8)).body().text();
        Mime mail = Mime.parse(HtmlRenderer.toBytes(renderer.email(brief, EmailMessageTest.OPTIONS, EmailMessageTest.PDF)));
        String email = Jsoup.parse(mail.html()).body().text();

        assertThat(web).isEqualTo(email.substring(email.indexOf("Brief · ")));
        assertThat(web).contains(SampleBrief.SCRIPT);
    }

    @Test
    void summary_is_deterministic() {
        Map<String, byte[]> a = renderer.summary(brief);
        Map<String, byte[]> b = renderer.summary(SampleBrief.crowdfunding());

        assertThat(b.keySet()).isEqualTo(a.keySet());
        a.forEach((name, bytes) -> assertThat(b.get(name)).as(name).isEqualTo(bytes));
    }
}
