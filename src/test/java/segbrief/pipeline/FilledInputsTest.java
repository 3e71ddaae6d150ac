package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.Clustering;
import segbrief.spec.SpecLoader;

/** A cluster input with blanks: the appendix says how many customers had it filled in, and with what. */
class FilledInputsTest {
    @TempDir
    Path dir;

    @Test
    void the_appendix_names_the_customers_whose_cluster_input_was_filled_in_and_the_value() throws Exception {
        StringBuilder csv = new StringBuilder("customer,income,score\n");
        Random r = new Random(3);
        double sum = 0;
        int known = 0;
        int blanks = 0;
        for (int i = 0; i < 300; i++) {
            int group = i % 3;
            long income = Math.round(20 + 40 * group + 5 * r.nextGaussian());
            long score = Math.round(80 - 30 * group + 5 * r.nextGaussian());
            boolean blank = i % 20 == 7;
            if (blank) {
                blanks++;
            } else {
                sum += income;
                known++;
            }
            csv.append("c").append(i).append(',').append(blank ? "" : Long.toString(income)).append(',').append(score).append('\n');
        }
        TestData.write(dir, "mall.csv", csv.toString());
        Path spec = TestData.write(dir, "brief.yaml", """
                title: Mall
                currency: USD
                locale: en-US
                sources:
                  - file: mall.csv
                customer_id: customer
                measures:
                  - {column: score, label: Spending score, kind: number}
                clusters:
                  features: [income, score]
                  k: 3
                """);
        var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB"));
        Brief b = computed.brief();
        Clustering c = b.clustering().orElseThrow();
        assertThat(blanks).isEqualTo(15);
        double mean = sum / known;
        assertThat(c.filled()).singleElement().satisfies(x -> {
            assertThat(x.feature()).isEqualTo("income");
            assertThat(x.customers()).isEqualTo(15);
            assertThat(x.value()).isCloseTo(mean, within(1e-9));
        });
        Path out = Outputs.write(b, Outputs.emailOptions(computed.spec(), null, null, null), dir.resolve("out"), new Timings());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        var filledIn = json.get("clusters").get("filled_in").get(0);
        assertThat(filledIn.get("feature").asText()).isEqualTo("income");
        assertThat(filledIn.get("customers").asLong()).isEqualTo(15);
        assertThat(filledIn.get("value").asDouble()).isCloseTo(mean, within(1e-9));
        try (PDDocument d = Loader.loadPDF(out.resolve("appendix.pdf").toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(text).contains("Filled in: 15 of 300 customers had no income; k-means gave them the mean of the others, "
                    + b.formats().exact(mean, segbrief.brief.ValueKind.NUMBER) + ", and the centroids below count them at that value.")
                    .doesNotContain("had no score");
        }
    }
}
