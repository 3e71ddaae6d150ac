package segbrief.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Finding;

class ChartImageTest {
    @Test
    void a_chart_in_the_pdf_keeps_its_data_but_not_its_title() {
        Brief brief = SampleBriefs.crowdfunding();
        List<ChartSpec> specs = new ArrayList<>(brief.findings().stream().map(Finding::chart).toList());
        brief.distributions().forEach(d -> specs.addAll(d.charts()));
        brief.clustering().ifPresent(c -> specs.addAll(c.charts()));
        brief.rfm().ifPresent(r -> specs.add(r.chart()));
        specs.add(new ChartSpec.Donut("d", "iOS gives 65%", List.of("iOS", "Android"), List.of(0.65, 0.35),
                segbrief.brief.ValueKind.SHARE, "iOS"));
        specs.add(new ChartSpec.Heatmap("h", "Women on iOS give most", "Device", "Gender", List.of("iOS"),
                List.of("Female"), List.of(List.of(1.0)), segbrief.brief.ValueKind.MONEY, false));

        for (ChartSpec spec : specs) {
            ChartSpec untitled = ChartImage.untitled(spec);
            assertThat(untitled.title()).isEmpty();
            assertThat(untitled.getClass()).isEqualTo(spec.getClass());
            assertThat(untitled.id()).isEqualTo(spec.id());
            assertThat(untitled.toString().replace("title=,", "title=" + spec.title() + ","))
                    .as("everything but the title is kept").isEqualTo(spec.toString());
        }
    }

    @Test
    void no_chart_gives_no_image() {
        assertThat(ChartImage.of(null, null)).isNull();
    }
}
