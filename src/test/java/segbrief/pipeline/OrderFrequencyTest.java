package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.RfmSummary;
import segbrief.spec.SpecLoader;

/** RFM frequency counts orders, not order lines: one order of six lines is one purchase. */
class OrderFrequencyTest {
    @TempDir
    Path dir;

    /** 40 customers; customer i has 1 + i % 4 orders, the first order of every fifth customer has six lines. */
    private static String csv(String orderHeader, Set<String> orders, int[] lines) {
        StringBuilder s = new StringBuilder("customer," + orderHeader + ",date,amount\n");
        for (int i = 0; i < 40; i++) {
            for (int o = 0; o <= i % 4; o++) {
                int n = o == 0 && i % 5 == 0 ? 6 : 1;
                for (int l = 0; l < n; l++) {
                    String order = "#" + (1000 + i * 10 + o);
                    orders.add(order);
                    lines[0]++;
                    s.append("c").append(i).append(',').append(order).append(",2023-0").append(1 + (i + o) % 9).append("-15,")
                            .append(10 + i + l).append('\n');
                }
            }
        }
        return s.toString();
    }

    private static final String SPEC = """
            title: Orders
            currency: EUR
            locale: en-IE
            sources:
              - file: lines.csv
            customer_id: customer
            date: date
            measures:
              - {column: amount, label: Sales, kind: money}
            """;

    private Brief run(String spec) {
        Path file = TestData.write(dir, "brief.yaml", spec);
        return new BriefPipeline(new Timings()).compute(SpecLoader.load(file), new BriefPipeline.Options(null, null, "1GB")).brief();
    }

    /** Mean frequency over all customers, from the segments' means weighted by their customers. */
    private static double meanFrequency(RfmSummary r) {
        return r.segments().stream().mapToDouble(s -> s.customers() * s.meanFrequency()).sum() / r.customers();
    }

    @Test
    void the_spec_s_order_id_makes_frequency_count_distinct_orders_and_the_method_says_so() throws Exception {
        Set<String> orders = new HashSet<>();
        int[] lines = {0};
        TestData.write(dir, "lines.csv", csv("ticket", orders, lines));
        Brief b = run(SPEC + "order_id: ticket\n");
        RfmSummary r = b.rfm().orElseThrow();
        assertThat(r.orderColumn()).isEqualTo("ticket");
        assertThat(r.customers()).isEqualTo(40);
        assertThat(orders).hasSize(100);  // 10 customers of each of 1, 2, 3 and 4 orders
        assertThat(lines[0]).isEqualTo(140);  // 8 of the orders have five extra lines
        assertThat(meanFrequency(r)).isCloseTo(100 / 40.0, within(1e-9));

        Path out = Outputs.write(b, Outputs.emailOptions(SpecLoader.load(dir.resolve("brief.yaml")), null, null, null),
                dir.resolve("out"), new Timings());
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("metrics.json").toFile())
                .get("rfm").get("frequency_counts").asText()).isEqualTo("distinct ticket");
        try (PDDocument d = Loader.loadPDF(out.resolve("appendix.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(d).replaceAll("\\s+", " "))
                    .contains("frequency (orders: distinct values of \"ticket\", however many lines each has)");
        }
    }

    @Test
    void without_the_key_an_order_number_column_is_found_and_without_one_rows_are_counted() {
        TestData.write(dir, "lines.csv", csv("Order Number", new HashSet<>(), new int[1]));
        RfmSummary found = run(SPEC).rfm().orElseThrow();
        assertThat(found.orderColumn()).isEqualTo("Order Number");
        assertThat(meanFrequency(found)).isCloseTo(100 / 40.0, within(1e-9));

        TestData.write(dir, "lines.csv", csv("reference", new HashSet<>(), new int[1]));
        RfmSummary rows = run(SPEC).rfm().orElseThrow();
        assertThat(rows.orderColumn()).isNull();
        assertThat(meanFrequency(rows)).isCloseTo(140 / 40.0, within(1e-9));
    }
}
