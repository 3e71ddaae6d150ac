package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet input, several sources joined, and the same input giving the same bytes. */
class SourcesTest {
    @TempDir
    Path dir;

    static void parquet(Path file, String select) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("COPY (" + select + ") TO '" + file.toString().replace("'", "''") + "' (FORMAT parquet)");
        }
    }

    static final String ORDERS_SELECT = """
            SELECT i AS order_id, printf('%04d', i % 23) AS customer_id, DATE '2023-01-01' + CAST(i * 3 AS INTEGER) AS order_date,
                   CASE i % 3 WHEN 0 THEN 'Web' WHEN 1 THEN 'Store' ELSE 'App' END AS channel,
                   CAST(10 + (i * 7) % 90 AS DOUBLE) AS amount
            FROM range(1, 121) t(i)""";

    @Test
    void a_parquet_file_runs_with_no_config() throws Exception {
        Path file = dir.resolve("orders.parquet");
        parquet(file, ORDERS_SELECT);
        Qa.Brief b = Qa.run("run", file.toString(), "--out", dir.resolve("out").toString()).ok();
        JsonNode m = b.metrics();
        assertThat(m.get("sources").get(0).get("format").asText()).isEqualTo("parquet");
        assertThat(m.get("data").get("rows").asInt()).isEqualTo(120);
        assertThat(m.get("data").get("customers").asInt()).isEqualTo(23);
        assertThat(b.segmentNames("channel")).containsExactlyInAnyOrder("Web", "Store", "App");
        double sum = 0;
        for (int i = 1; i <= 120; i++) sum += 10 + (i * 7) % 90;
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isCloseTo(sum, offset(1e-9));
    }

    @Test
    void a_parquet_file_named_in_a_spec_takes_a_period() throws Exception {
        parquet(dir.resolve("orders.parquet"), ORDERS_SELECT);
        Path spec = Qa.write(dir, "brief.yaml", """
                title: Parquet orders
                name: pq
                sources:
                  - file: orders.parquet
                customer_id: customer_id
                date: order_date
                measures:
                  - {column: amount, kind: money, primary: true}
                dimensions: [channel]
                questions:
                  - {dimension: channel}
                """);
        Qa.Brief b = Qa.run("run", spec.toString(), "--period", "2023-Q2", "--out", dir.resolve("out").toString()).ok();
        int rows = 0;
        for (int i = 1; i <= 120; i++) {
            var d = java.time.LocalDate.of(2023, 1, 1).plusDays(i * 3L);
            if (d.getYear() == 2023 && d.getMonthValue() >= 4 && d.getMonthValue() <= 6) rows++;
        }
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(rows);
        assertThat(b.kpi("amount.sum").get("change").isNull()).isFalse();
    }

    @Test
    void orders_joined_to_customers_note_the_orders_whose_customer_is_unknown() {
        Qa.write(dir, "orders.csv", """
                order_id,customer_id,amount
                1,0001,10
                2,0002,20
                3,0001,30
                4,0003,40
                5,0999,50
                6,0002,60
                """);
        Qa.write(dir, "customers.csv", """
                id,region,segment
                0001,North,Retail
                0002,South,Business
                0003,North,Business
                """);
        Path spec = Qa.write(dir, "brief.yaml", """
                title: Orders by region
                name: joined
                sources:
                  - name: orders
                    file: orders.csv
                  - name: customers
                    file: customers.csv
                    join: {left: customer_id, right: id}
                customer_id: customer_id
                measures:
                  - {column: amount, label: Revenue, kind: money, primary: true}
                dimensions: [region, segment]
                questions:
                  - {dimension: region}
                  - {dimension: segment, split: region}
                """);
        Qa.Brief b = Qa.run("run", spec.toString(), "--out", dir.resolve("out").toString()).ok();
        JsonNode m = b.metrics();
        assertThat(m.get("data").get("rows").asInt()).as("every order kept").isEqualTo(6);
        assertThat(m.get("data").get("customers").asInt()).isEqualTo(4);
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isEqualTo(210);
        assertThat(b.segment("region", "North").get("measures").get("amount").get("sum").asDouble()).isEqualTo(80);
        assertThat(b.segment("region", "South").get("measures").get("amount").get("sum").asDouble()).isEqualTo(80);
        assertThat(b.segment("region", "(missing)").get("count").asInt()).isEqualTo(1);
        List<String> notes = new java.util.ArrayList<>();
        m.get("quality").get("notes").forEach(n -> notes.add(n.isTextual() ? n.asText() : n.toString()));
        assertThat(notes).anySatisfy(n -> assertThat(n).startsWith("1 rows have a \"customer_id\" with no match in customers"));
        assertThat(m.get("sources")).hasSize(2);
    }

    @Test
    void the_same_bare_csv_twice_gives_the_same_bytes() throws Exception {
        StringBuilder csv = new StringBuilder("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(String.format("%04d", i)).append(',').append(i % 3 == 0 ? "Male" : "Female").append(',').append(18 + (i * 7) % 50)
                    .append(',').append(15 + (i * 13) % 120).append(',').append(1 + (i * 37) % 99).append('\n');
        }
        Path file = Qa.write(dir, "mall.csv", csv.toString());
        Qa.Brief first = Qa.run("run", file.toString(), "--out", dir.resolve("one").toString()).ok();
        Qa.Brief second = Qa.run("run", file.toString(), "--out", dir.resolve("two").toString()).ok();
        assertThat(first.dir()).isNotEqualTo(second.dir());
        for (String f : new String[]{"executive.pdf", "appendix.pdf", "appendix-pdfa.pdf", "summary.html", "summary.eml", "metrics.json",
                "clusters.csv", "manifest.json"}) {
            assertThat(Files.readAllBytes(second.file(f))).as(f).isEqualTo(Files.readAllBytes(first.file(f)));
        }
        for (String t : first.tables()) {
            assertThat(Files.readAllBytes(second.file("tables/" + t))).as(t).isEqualTo(Files.readAllBytes(first.file("tables/" + t)));
        }
        assertThat(second.tables()).isEqualTo(first.tables());
        assertThat(first.text("clusters.csv").lines().skip(1).findFirst().orElseThrow()).startsWith("0001,");
    }
}
