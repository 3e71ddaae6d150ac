package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The same small customer file written the ways real exports write it: every variant gives the same brief. */
class HeaderVariantsTest {
    @TempDir
    Path dir;

    static final int ROWS = 40;
    static final String[] CITIES = {"Portland, OR", "Austin, TX", "Boston, MA"};

    /** One file: header cells and rows of cells, then joined by the variant's delimiter and line end. */
    record Csv(List<String> header, List<List<String>> rows, String delimiter, String eol, boolean bom, boolean quoteAll) {
        byte[] bytes() {
            StringBuilder s = new StringBuilder(bom ? "\uFEFF" : "");
            s.append(line(header)).append(eol);
            for (List<String> r : rows) s.append(line(r)).append(eol);
            return s.toString().getBytes(StandardCharsets.UTF_8);
        }

        private String line(List<String> cells) {
            List<String> out = new ArrayList<>();
            for (String c : cells) {
                boolean quote = quoteAll || c.contains(delimiter) || c.contains("\"");
                out.add(quote ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
            }
            return String.join(delimiter, out);
        }

        Csv with(UnaryOperator<Csv> f) {
            return f.apply(this);
        }
    }

    static Csv base() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= ROWS; i++) {
            rows.add(List.of(String.format("%04d", i), i % 3 == 0 ? "Male" : "Female", String.valueOf(18 + (i * 7) % 50),
                    String.valueOf(15 + (i * 13) % 120), String.valueOf(1 + (i * 37) % 99), CITIES[i % 3]));
        }
        return new Csv(List.of("CustomerID", "Gender", "Age", "Annual Income (k$)", "Spending Score (1-100)", "City"), rows, ",", "\n", false, false);
    }

    static Csv header(Csv c, List<String> h) {
        return new Csv(h, c.rows(), c.delimiter(), c.eol(), c.bom(), c.quoteAll());
    }

    static Csv padValues(Csv c) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : c.rows()) rows.add(r.stream().map(v -> "  " + v + " ").toList());
        return new Csv(c.header(), rows, c.delimiter(), c.eol(), c.bom(), c.quoteAll());
    }

    static Stream<Arguments> variants() {
        Csv b = base();
        return Stream.of(
                Arguments.of("plain", b),
                Arguments.of("padded header names", header(b, List.of(" CustomerID ", " Gender", " Age ", " Annual Income (k$) ", "Spending Score (1-100) ", " City "))),
                Arguments.of("CRLF line ends", new Csv(b.header(), b.rows(), ",", "\r\n", false, false)),
                Arguments.of("semicolon delimiter", new Csv(b.header(), b.rows(), ";", "\n", false, false)),
                Arguments.of("UTF-8 BOM", new Csv(b.header(), b.rows(), ",", "\n", true, false)),
                Arguments.of("every field quoted", new Csv(b.header(), b.rows(), ",", "\n", false, true)),
                Arguments.of("padded values", padValues(b)),
                Arguments.of("padded quoted values", padValues(new Csv(b.header(), b.rows(), ",", "\n", false, true))),
                Arguments.of("mixed case header", header(b, List.of("customerid", "GENDER", "age", "ANNUAL INCOME (K$)", "Spending score (1-100)", "city"))),
                Arguments.of("everything at once: BOM, CRLF, semicolons, padding, quotes",
                        padValues(header(new Csv(b.header(), b.rows(), ";", "\r\n", true, true),
                                List.of(" CustomerID", "Gender ", " Age ", " Annual Income (k$)", "Spending Score (1-100)", " City ")))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void a_bare_file_runs_with_no_config_and_reads_every_row_and_value_clean(String name, Csv csv) {
        Path file = Qa.write(dir, "customers.csv", csv.bytes());
        Qa.Brief b = Qa.run("run", file.toString(), "--out", dir.resolve("out").toString()).ok();
        JsonNode data = b.metrics().get("data");
        assertThat(data.get("rows").asInt()).isEqualTo(ROWS);
        assertThat(data.get("rows_rejected").asInt()).isZero();
        assertThat(data.get("customers").asInt()).isEqualTo(ROWS);

        assertThat(b.segmentNames("gender")).containsExactlyInAnyOrder("Female", "Male");
        assertThat(b.segment("gender", "Male").get("count").asInt()).isEqualTo(ROWS / 3);
        assertThat(b.segmentNames("city")).containsExactlyInAnyOrder(CITIES);
        // every column's name reaches the outputs without its padding
        List<String> columns = b.metrics().get("quality").get("columns").findValuesAsText("column");
        assertThat(columns).hasSize(6).allSatisfy(c -> assertThat(c).isEqualTo(c.strip()));
        assertThat(columns.stream().map(String::toLowerCase)).contains("annual income (k$)", "spending score (1-100)");
        // the income measure is numeric: its KPI is there and is the real mean
        double mean = csv.rows().stream().mapToInt(r -> Integer.parseInt(r.get(3).strip())).average().orElseThrow();
        String income = b.metrics().get("measures").findValuesAsText("column").stream()
                .filter(c -> c.equalsIgnoreCase("Annual Income (k$)")).findFirst().orElseThrow(() -> new AssertionError("income is not a measure"));
        assertThat(b.kpi(income + ".mean").get("value").asDouble()).isCloseTo(mean, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(b.appendix()).contains("Portland, OR").contains("Female");
        assertThat(b.html().text()).contains("Austin, TX");
    }

    @Test
    void a_spec_names_columns_loosely_and_finds_them() {
        Csv csv = header(padValues(new Csv(base().header(), base().rows(), ";", "\r\n", true, true)),
                List.of(" CustomerID ", "Gender", " Age ", "Annual Income (k$)", "Spending Score (1-100)", "City"));
        Qa.write(dir, "customers.csv", csv.bytes());
        Path spec = Qa.write(dir, "brief.yaml", """
                title: Loose names
                name: loose
                sources:
                  - file: customers.csv
                customer_id: customer_id
                measures:
                  - {column: annual_income, label: Income, kind: money, primary: true}
                  - {column: spending_score, kind: number}
                dimensions: [gender, CITY]
                bins:
                  - {column: AGE, edges: [18, 30, 45, 60]}
                questions:
                  - {dimension: gender}
                  - {dimension: city}
                  - {dimension: age, split: gender}
                """);
        Qa.Brief b = Qa.run("run", spec.toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.dir()).endsWith(Path.of("loose", "all"));
        JsonNode m = b.metrics();
        assertThat(m.get("measures").findValuesAsText("column")).containsExactly("Annual Income (k$)", "Spending Score (1-100)");
        int total = csv.rows().stream().mapToInt(r -> Integer.parseInt(r.get(3).strip())).sum();
        assertThat(b.kpi("Annual Income (k$).sum").get("value").asDouble()).isEqualTo(total);
        assertThat(b.segmentNames("gender")).containsExactlyInAnyOrder("Female", "Male");
        assertThat(b.segmentNames("age")).contains("18-29", "30-44", "45-59");
    }
}
