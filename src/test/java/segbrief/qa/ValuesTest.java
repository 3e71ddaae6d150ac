package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile and missing values: shown as text everywhere, never run as markup or formulas, never lost. */
class ValuesTest {
    @TempDir
    Path dir;

    static final String SPEC = """
            title: Orders
            name: orders
            sources:
              - file: orders.csv
            customer_id: customer
            measures:
              - {column: amount, label: Revenue, kind: money, primary: true}
            dimensions: [category, channel]
            questions:
              - {dimension: category}
              - {dimension: channel, split: category}
            """;

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String QUOTES = "\"quotes\" & ampersands";
    static final String FORMULA = "=SUM(A1)";
    static final String MULTILINE = "line one\r\nline two";

    static String quoted(String v) {
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    @Test
    void hostile_category_names_are_text_in_every_output() throws Exception {
        List<String> cats = List.of(SCRIPT, QUOTES, FORMULA, MULTILINE, "Plain");
        StringBuilder csv = new StringBuilder("order_id,customer,category,channel,amount\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i + 1).append(",C").append(i % 7).append(',').append(quoted(cats.get(i % cats.size()))).append(',')
                    .append(i % 2 == 0 ? "Web" : "Store").append(',').append(100 - 20 * (i % cats.size()) + i).append('\n');
        }
        Qa.write(dir, "orders.csv", csv.toString());
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();

        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(20);
        List<String> names = b.segmentNames("category");
        assertThat(names).hasSize(5).contains(SCRIPT, QUOTES, FORMULA, "Plain");
        assertThat(names).anySatisfy(n -> assertThat(n.replace("\r\n", "\n")).isEqualTo("line one\nline two"));

        // HTML: the script is text, not an element
        String html = b.text("summary.html");
        assertThat(html).doesNotContain(SCRIPT);
        var doc = b.html();
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.text()).contains(SCRIPT).contains(QUOTES);
        assertThat(b.metrics().get("findings").get(0).get("title").asText()).startsWith(SCRIPT);
        var mail = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                Files.newInputStream(b.file("summary.eml")));
        String mailHtml = htmlPart(mail);
        assertThat(mailHtml).isNotNull().doesNotContain(SCRIPT);
        assertThat(org.jsoup.Jsoup.parse(mailHtml).select("script")).isEmpty();
        assertThat(b.pdfText("executive.pdf")).contains(SCRIPT);

        // tables/*.csv: a formula is neutralised, everything else verbatim, one record per segment
        for (String table : b.tables()) {
            for (CSVRecord r : parse(b.text("tables/" + table))) {
                for (String cell : r) {
                    assertThat(cell).as(table + " cell").doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
                }
            }
        }
        List<CSVRecord> seg = parse(b.text("tables/segments_category.csv"));
        assertThat(seg).hasSize(6);
        List<String> first = seg.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(first).contains("'" + FORMULA, SCRIPT, QUOTES, "Plain");
        assertThat(first).anySatisfy(n -> assertThat(n.replace("\r\n", "\n")).isEqualTo("line one\nline two"));

        String appendix = b.appendix();
        assertThat(appendix).contains(SCRIPT).contains(QUOTES).contains(FORMULA);
    }

    @Test
    void blank_cells_are_a_missing_segment_counted_everywhere() throws Exception {
        StringBuilder csv = new StringBuilder("order_id,customer,category,channel,amount,notes\n");
        int blanks = 0;
        double sum = 0;
        for (int i = 1; i <= 30; i++) {
            boolean blankCat = i % 6 == 0;
            if (blankCat) blanks++;
            String amount = i == 7 ? "" : String.valueOf(5 + i);
            if (i != 7) sum += 5 + i;
            csv.append(i).append(",C").append(i % 9).append(',').append(blankCat ? (i % 12 == 0 ? "   " : "") : (i % 2 == 0 ? "Books" : "Games"))
                    .append(',').append(i % 3 == 0 ? "Web" : "Store").append(',').append(amount).append(",\n");
        }
        Qa.write(dir, "orders.csv", csv.toString());
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();

        JsonNode m = b.metrics();
        assertThat(m.get("data").get("rows").asInt()).isEqualTo(30);
        assertThat(b.segmentNames("category")).containsExactlyInAnyOrder("Books", "Games", "(missing)");
        assertThat(b.segment("category", "(missing)").get("count").asInt()).isEqualTo(blanks);
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isCloseTo(sum, offset(1e-9));
        int counted = 0;
        for (JsonNode r : b.segments("category").get("rows")) counted += r.get("count").asInt();
        assertThat(counted).isEqualTo(30);
        for (JsonNode c : m.get("quality").get("columns")) {
            switch (c.get("column").asText()) {
                case "category" -> assertThat(c.get("missing").asInt()).isEqualTo(blanks);
                case "amount" -> assertThat(c.get("missing").asInt()).isEqualTo(1);
                default -> { }
            }
        }
        assertThat(parse(b.text("tables/segments_category.csv")).stream().map(r -> r.get(0))).contains("(missing)");
        assertThat(b.appendix()).contains("(missing)");
    }

    @Test
    void an_entirely_empty_column_does_not_stop_a_zero_config_run() {
        StringBuilder csv = new StringBuilder("customer_id,segment,spend,comment\n");
        for (int i = 1; i <= 30; i++) csv.append("C").append(i).append(',').append(i % 2 == 0 ? "A" : "B").append(',').append(i * 3).append(",\n");
        Path file = Qa.write(dir, "shop.csv", csv.toString());
        Qa.Brief b = Qa.run("run", file.toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(30);
        assertThat(b.segmentNames("segment")).containsExactlyInAnyOrder("A", "B");
    }

    @Test
    void an_entirely_empty_dimension_is_one_missing_segment() {
        StringBuilder csv = new StringBuilder("order_id,customer,category,channel,amount\n");
        for (int i = 1; i <= 20; i++) csv.append(i).append(",C").append(i % 5).append(",,").append(i % 2 == 0 ? "Web" : "Store").append(',').append(i).append('\n');
        Qa.write(dir, "orders.csv", csv.toString());
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.segmentNames("category")).containsExactly("(missing)");
        assertThat(b.segment("category", "(missing)").get("count").asInt()).isEqualTo(20);
    }

    static final String REFUNDS = """
            order_id,customer,channel,amount
            1,C1,Web,10
            2,C2,Store,20
            3,C1,Web,-5
            4,C3,Store,40
            5,C4,Web,7
            6,C2,Refunds,-30
            7,C5,Refunds,-12
            """;

    static final String REFUNDS_SPEC = """
            title: Orders and refunds
            name: refunds
            sources:
              - file: orders.csv
            customer_id: customer
            measures:
              - {column: amount, kind: money, primary: true}
            dimensions: [channel]
            questions:
              - {dimension: channel}
            """;

    @Test
    void negative_segments_are_never_drawn_as_parts_of_a_whole() {
        Qa.write(dir, "orders.csv", REFUNDS);
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", REFUNDS_SPEC).toString(),
                "--out", dir.resolve("out").toString()).ok();
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isEqualTo(30);
        assertThat(b.segment("channel", "Refunds").get("measures").get("amount").get("sum").asDouble()).isEqualTo(-42);
        for (JsonNode f : b.metrics().get("findings")) assertThat(f.get("chart").asText()).as(f.get("title").asText()).isNotEqualTo("donut");
    }

    @Test
    void negative_segments_give_no_share_above_100_percent() {
        Qa.write(dir, "orders.csv", REFUNDS);
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", REFUNDS_SPEC).toString(),
                "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("headline").asText()).doesNotContainPattern("\\d{3,}\\.\\d%");
        assertThat(b.metrics().get("recommendation").asText()).doesNotContainPattern("\\d{3,}\\.\\d%");
        // five customers: fewer than the minimum a claim needs, so the headline states the figures without a winner
        assertThat(b.metrics().get("headline").asText()).isEqualTo("$30 of amount from 5 customers");
        for (JsonNode f : b.metrics().get("findings")) {
            assertThat(f.get("title").asText() + " " + f.get("answer").asText()).doesNotContain("% of amount");
        }
        assertThat(b.metrics().get("recommendation").asText()).doesNotContain("% of amount").startsWith("No segment stands out");
    }

    @Test
    void decimal_commas_are_read_as_numbers_and_said_so() {
        Qa.write(dir, "orders.csv", "order_id;customer;category;channel;amount\n1;C1;Books;Web;1.012,5\n2;C2;Games;Store;7,25\n");
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.kpi("amount.sum").get("value").asDouble()).isEqualTo(1019.75);
        assertThat(b.metrics().get("quality").get("notes").toString()).contains("orders.csv column \\\"amount\\\": read with decimal commas");
    }

    @Test
    void a_header_with_no_rows_is_one_clear_data_error() {
        Qa.write(dir, "orders.csv", "order_id,customer,category,channel,amount\n");
        String line = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).fails(4);
        assertThat(line).contains("has a header but no data rows");
        Path bare = Qa.write(dir, "empty.csv", "");
        assertThat(Qa.run("run", bare.toString(), "--out", dir.resolve("out").toString()).fails(4)).contains("empty.csv");
    }

    @Test
    void customer_ids_that_look_like_formulas_are_neutralised_in_clusters_csv() throws Exception {
        String[] hostile = {"=1+1", "+44", "@x", "-3"};
        StringBuilder csv = new StringBuilder("CustomerID,Gender,Age,Annual Income (k$),Spending Score (1-100)\n");
        for (int i = 1; i <= 60; i++) {
            String id = i <= hostile.length ? hostile[i - 1] : String.format("%04d", i);
            csv.append(id).append(',').append(i % 3 == 0 ? "Male" : "Female").append(',').append(18 + (i * 7) % 50)
                    .append(',').append(15 + (i * 13) % 120).append(',').append(1 + (i * 37) % 99).append('\n');
        }
        Path file = Qa.write(dir, "customers.csv", csv.toString());
        Qa.Brief b = Qa.run("run", file.toString(), "--out", dir.resolve("out").toString()).ok();
        List<CSVRecord> rows = parse(b.text("clusters.csv"));
        assertThat(rows).hasSize(61);
        List<String> ids = rows.stream().skip(1).map(r -> r.get(0)).toList();
        assertThat(ids).contains("'=1+1", "'+44", "'@x", "'-3", "0005", "0060");
        assertThat(ids).noneMatch(id -> id.matches("^[=+@\\-].*"));
    }

    @Test
    void a_latin1_file_is_read_whole_or_refused_clearly() {
        byte[] latin1 = "customer,city,amount\nC1,Z\u00fcrich,10\nC2,Paris,20\nC3,Z\u00fcrich,5\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path file = Qa.write(dir, "latin1.csv", latin1);
        Qa.Outcome o = Qa.run("run", file.toString(), "--out", dir.resolve("out").toString());
        if (o.code() == 0) {
            Qa.Brief b = o.ok();
            assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(3);
            assertThat(b.segmentNames("city")).containsExactlyInAnyOrder("Z\u00fcrich", "Paris");
        } else {
            assertThat(o.fails(4)).contains("latin1.csv").containsIgnoringCase("UTF-8");
        }
    }

    static String htmlPart(jakarta.mail.Part p) throws Exception {
        if (p.isMimeType("text/html")) return (String) p.getContent();
        if (p.getContent() instanceof jakarta.mail.Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String h = htmlPart(mp.getBodyPart(i));
                if (h != null) return h;
            }
        }
        return null;
    }

    static List<CSVRecord> parse(String csv) throws Exception {
        try (var p = CSVFormat.RFC4180.parse(new StringReader(csv))) {
            return p.getRecords();
        }
    }
}
