package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Template validation: every template on the classpath loads and renders a full brief in both modes. */
class TemplatesTest {
    static final java.util.List<String> TEMPLATES = FreemarkerTemplates.ALL;

    @ParameterizedTest
    @FieldSource("TEMPLATES")
    void every_template_loads_and_renders_in_both_modes(String name) {
        var brief = SampleBrief.crowdfunding();
        var images = ChartImages.forFindings(new segbrief.chart.ChartRenderer(brief.formats()), brief);
        for (String mode : new String[] {"email", "web"}) {
            String html = new FreemarkerTemplates().render(name,
                    BriefView.of(brief, mode, images, img -> "x/" + img.fileName()));
            assertThat(Jsoup.parse(html).select("h1").text()).isEqualTo("Crowdfunding donations");
        }
    }

    @ParameterizedTest
    @FieldSource("TEMPLATES")
    void every_template_is_on_the_classpath_under_templates(String name) {
        assertThat(TemplatesTest.class.getResource("/templates/" + name)).isNotNull();
    }

    @Test
    void every_template_in_the_templates_folder_is_validated() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".ftlh")))
                    .containsExactlyInAnyOrderElementsOf(FreemarkerTemplates.ALL);
        }
    }
}
