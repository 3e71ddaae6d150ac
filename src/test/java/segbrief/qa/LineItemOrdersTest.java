package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A shop's line-item export: the brief counts orders, not their lines, and its per-order figure is per order. */
class LineItemOrdersTest {
    @TempDir
    Path dir;

    @Test
    void orders_are_counted_by_their_number_not_by_their_lines() {
        Random random = new Random(12);
        StringBuilder csv = new StringBuilder("Name,Email,Financial Status,Paid at,Subtotal,Lineitem quantity,Lineitem name,Billing City\n");
        int orders = 40;
        int lines = 0;
        double subtotal = 0;
        List<String> customers = new ArrayList<>();
        for (int o = 0; o < orders; o++) {
            String email = "c" + (o % 15) + "@example.com";
            if (!customers.contains(email)) customers.add(email);
            int items = 1 + random.nextInt(4);
            double amount = 10 + random.nextInt(90);
            subtotal += amount;
            for (int i = 0; i < items; i++) {
                lines++;
                csv.append('#').append(1001 + o).append(',');
                if (i == 0) {
                    csv.append(email).append(",paid,").append(String.format(Locale.ROOT, "2023-%02d-%02d 10:00:00 -0500", 1 + o % 12, 1 + o % 28))
                            .append(',').append(String.format(Locale.ROOT, "%.2f", amount)).append(',');
                } else {
                    csv.append(",,,,");
                }
                csv.append(1 + i).append(",Item ").append(i).append(',').append(i == 0 ? new String[] {"Boston", "Denver", "Austin"}[o % 3] : "")
                        .append('\n');
            }
        }
        assertThat(lines).isGreaterThan(orders);

        Qa.Brief b = Qa.run("run", Qa.write(dir, "orders_export.csv", csv.toString()).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(lines);
        assertThat(b.metrics().get("data").get("customers").asInt()).isEqualTo(customers.size());
        assertThat(b.kpi("orders").get("value").asInt()).isEqualTo(orders);
        assertThat(b.kpi("orders").get("label").asText()).isEqualTo("Orders");
        assertThat(b.metrics().get("kpis").findValuesAsText("key")).doesNotContain("rows", "Subtotal.mean");
        assertThat(b.kpi("Subtotal.sum").get("value").asDouble()).isCloseTo(subtotal, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.kpi("Subtotal.per_order").get("value").asDouble()).isCloseTo(subtotal / orders, org.assertj.core.data.Offset.offset(1e-6));
        assertThat(b.pdfText("executive.pdf")).contains("Orders").doesNotContain("Transactions");
    }
}
