package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.Brief;
import segbrief.brief.Kpi;
import segbrief.spec.SpecLoader;

/**
 * The largest bundled brief's email (grocery: five questions, the most findings and sources; its HTML part measured
 * 14.4 KB, the others 12.6 to 13.3 KB) survives inboxes: its HTML part stays under 80 KB, well before Gmail clips at
 * about 102 KB, lays out with tables (no flex or grid) and carries every key figure as text.
 */
class BundledEmailTest {
    @TempDir
    Path dir;

    @Test
    void the_largest_bundled_briefs_html_part_is_under_80_kb_with_its_key_figures_as_text() throws Exception {
        Path spec = Path.of("data", "grocery", "brief.yaml");
        Assumptions.assumeTrue(Files.exists(spec));
        var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB"));
        Brief brief = computed.brief();
        Path out = Outputs.write(brief, Outputs.emailOptions(computed.spec(), null, null, null), dir.resolve("out"), new Timings());

        String html = htmlPart(out.resolve("summary.eml"));
        assertThat(html.getBytes(StandardCharsets.UTF_8).length).isLessThan(80 * 1024);
        String lower = html.toLowerCase().replace(" ", "");
        assertThat(lower).doesNotContain("display:flex", "display:grid", "display:inline-flex", "display:inline-grid");
        String text = org.jsoup.Jsoup.parse(html).body().text();
        for (Kpi k : brief.kpis()) assertThat(text).contains(brief.formats().compact(k.value(), k.kind()));
    }

    private static String htmlPart(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return find(new MimeMessage(Session.getInstance(new Properties()), in));
        }
    }

    private static String find(Part p) throws Exception {
        if (p.isMimeType("text/html")) return (String) p.getContent();
        if (p.getContent() instanceof Multipart m) {
            for (int i = 0; i < m.getCount(); i++) {
                String s = find(m.getBodyPart(i));
                if (s != null) return s;
            }
        }
        return null;
    }
}
