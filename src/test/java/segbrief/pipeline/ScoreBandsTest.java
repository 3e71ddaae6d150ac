package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.brief.ChartSpec;
import segbrief.brief.SegmentTable;
import segbrief.spec.SpecLoader;

/**
 * The mall's spending-score bands are bands of the measure the brief averages: their chart counts the customers in each
 * band (counted here from the file), since the mean score of a band would only restate the band.
 */
class ScoreBandsTest {
    @TempDir
    Path dir;

    @Test
    void the_score_band_chart_counts_customers_per_band() throws Exception {
        Path spec = Path.of("data", "mall", "brief.yaml");
        Assumptions.assumeTrue(Files.exists(spec));
        var brief = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec),
                new BriefPipeline.Options(null, dir.resolve("tmp"), "1GB")).brief();

        double[] counts = new double[5];
        int[] edges = {1, 21, 41, 61, 81};
        for (String line : Files.readAllLines(Path.of("data", "mall", "customers.csv")).subList(1, 201)) {
            int score = Integer.parseInt(line.substring(line.lastIndexOf(',') + 1).strip());
            int band = 0;
            while (band + 1 < edges.length && score >= edges[band + 1]) band++;
            counts[band]++;
        }
        SegmentTable bands = brief.segments().stream().filter(t -> t.column().equals("Spending Score (1-100)")).findFirst().orElseThrow();
        var bar = (ChartSpec.Bar) bands.chart();
        assertThat(bar.categories()).containsExactly("1-20", "21-40", "41-60", "61-80", "81+");
        assertThat(bar.series()).hasSize(1);
        assertThat(bar.series().getFirst().name()).isEqualTo("Customers");
        assertThat(bar.series().getFirst().values()).containsExactly(counts[0], counts[1], counts[2], counts[3], counts[4]);
        int most = 2;
        assertThat(counts[most]).isEqualTo(List.of(counts[0], counts[1], counts[2], counts[3], counts[4]).stream()
                .mapToDouble(Double::doubleValue).max().orElseThrow());
        assertThat(bar.title()).isEqualTo("41-60 holds the most customers: " + (long) counts[most] + " ("
                + String.format(java.util.Locale.US, "%.1f%%", 100 * counts[most] / 200) + ")");

        SegmentTable ages = brief.segments().stream().filter(t -> t.column().equals("Age")).findFirst().orElseThrow();
        assertThat(((ChartSpec.Bar) ages.chart()).series().getFirst().name()).isNotEqualTo("Customers");
    }
}
