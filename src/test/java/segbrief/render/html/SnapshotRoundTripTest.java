package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.Brief;
import segbrief.brief.Kpi;
import segbrief.brief.ValueKind;
import segbrief.render.data.BriefSnapshot;
import segbrief.render.data.JsonMetricsWriter;

/** The snapshot in metrics.json reads back to an equal Brief (its charts, clusters, claims), NaN, infinities and -0.0 included. */
class SnapshotRoundTripTest {
    @TempDir
    Path dir;

    @Test
    void a_brief_reads_back_equal_with_its_special_values() throws Exception {
        Brief b = SampleBrief.crowdfunding();
        List<Kpi> kpis = new ArrayList<>(b.kpis());
        kpis.add(new Kpi("odd.inf", "From nothing", 0.1 + 0.2, ValueKind.MONEY, Double.POSITIVE_INFINITY));
        kpis.add(new Kpi("odd.neg", "To nothing", -0.0, ValueKind.NUMBER, Double.NEGATIVE_INFINITY));
        kpis.add(new Kpi("odd.nan", "No value", Double.MIN_VALUE, ValueKind.COUNT, Double.NaN));
        Brief odd = new Brief(b.meta(), b.quality(), b.measures(), kpis, b.headline(), b.recommendation(), b.findings(),
                b.segments(), b.crossTabs(), b.trends(), b.distributions(), b.clustering(), b.rfm(), b.claims(),
                b.continuity(), b.pageOrder().reversed()); // the strongest last: not the order the findings imply
        EmailOptions email = new EmailOptions("Briefs <b@example.com>", List.of("ceo@example.com"), List.of(), null, true);
        segbrief.brief.Brand brand = new segbrief.brief.Brand("Acme", new byte[]{(byte) 0x89, 'P', 'N', 'G', 0}, false, "#112233",
                "#1a7f37", "#b42318", List.of("#aabbcc"), "Confidential", "Acme briefs");
        byte[] json = JsonMetricsWriter.write(odd, email, brand);
        Path file = Files.write(dir.resolve("metrics.json"), json);

        BriefSnapshot.Rendering back = BriefSnapshot.read(file);

        assertThat(back.brief()).isEqualTo(odd); // records compare doubles bit for bit: -0.0 is not 0.0, NaN is NaN
        assertThat(back.email()).isEqualTo(email);
        assertThat(back.brand().logo()).isEqualTo(brand.logo());
        assertThat(JsonMetricsWriter.write(back.brief(), back.email(), back.brand())).isEqualTo(json);
        assertThat(new String(json, java.nio.charset.StandardCharsets.UTF_8)).doesNotContainPattern(":\\s*\"?-?(NaN|Infinity)");
        assertThat(odd.clustering()).isPresent();
        assertThat(odd.pageOrder()).hasSizeGreaterThan(1);
    }
}
