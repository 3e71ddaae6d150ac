package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of small dirty files that must give a report, not a stop: what went wrong is counted, located by line
 * and named in the data-quality notes, and the figures leave the bad values out. Each case runs the bare file
 * (zero-config), as a new user would.
 */
class DirtyDataTest {
    @TempDir
    Path dir;

    record Case(String name, byte[] file, Consumer<Qa.Brief> check) {
        @Override
        public String toString() { return name; }
    }

    static final String HEADER = "id,customer,amount,region\n";

    static Case text(String name, String csv, Consumer<Qa.Brief> check) {
        return new Case(name, csv.getBytes(StandardCharsets.UTF_8), check);
    }

    static List<String> notes(Qa.Brief b) {
        List<String> out = new ArrayList<>();
        b.metrics().get("quality").get("notes").forEach(n -> out.add(n.asText()));
        return out;
    }

    static double total(Qa.Brief b) {
        return b.kpi("amount.sum").get("value").asDouble();
    }

    static Stream<Case> reports() {
        Charset cp1252 = Charset.forName("windows-1252");
        return Stream.of(
                text("missing-value tokens in a money column", HEADER + "1,C1,10,North\n2,C2,N/A,South\n3,C3,20,North\n"
                        + "4,C1,-,East\n5,C2,30,South\n6,C4,,North\n7,C5,#N/A,East\n8,C5,null,East\n9,C6,n/a,South\n", b -> {
                    assertThat(total(b)).isEqualTo(60.0);
                    assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(9);
                }),
                text("a value that is not a number", HEADER + "1,C1,10,North\n2,C2,12.5O,South\n3,C3,20,North\n4,C1,7,East\n", b -> {
                    assertThat(total(b)).isEqualTo(37.0);
                    assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(4);
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("column \"amount\": 1 value(s)")
                            .contains("\"12.5O\"").endsWith("line 3"));
                }),
                text("NaN, infinity and 1e308 in money", HEADER + "1,C1,10,North\n2,C2,NaN,South\n3,C3,20,North\n"
                        + "4,C1,inf,East\n5,C2,1e308,South\n6,C4,5,North\n", b -> {
                    assertThat(total(b)).isEqualTo(35.0);
                    assertThat(b.text("metrics.json")).doesNotContainPattern(":\\s*\"?-?(NaN|Infinity)");
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("3 value(s)").endsWith("lines 3, 5, 6"));
                }),
                new Case("Windows-1252 (curly quotes, euro, dash)", (HEADER + "1,C1,10,Caf\u00e9\n2,C2,5,\u201cQuoted\u201d\n"
                        + "3,C3,20,North \u2013 \u20ac\n4,C1,7,Caf\u00e9\n").getBytes(cp1252), b -> {
                    assertThat(b.segmentNames("region")).contains("Caf\u00e9", "\u201cQuoted\u201d", "North \u2013 \u20ac");
                    assertThat(b.text("metrics.json")).doesNotContain("\uFFFD");
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("not UTF-8; read as Windows-1252"));
                }),
                new Case("Latin-1", (HEADER + "1,C1,10,Caf\u00e9\n2,C2,5,M\u00fcnchen\n3,C3,20,Caf\u00e9\n")
                        .getBytes(StandardCharsets.ISO_8859_1), b -> {
                    assertThat(b.segmentNames("region")).contains("Caf\u00e9", "M\u00fcnchen");
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("read as Latin-1"));
                }),
                new Case("UTF-8 with a byte-order mark", ("\uFEFF" + HEADER + "1,C1,10,Caf\u00e9\n2,C2,5,South\n3,C3,20,North\n")
                        .getBytes(StandardCharsets.UTF_8), b -> {
                    assertThat(b.segmentNames("region")).contains("Caf\u00e9");
                    assertThat(b.metrics().get("quality").toString()).doesNotContain("\uFEFF");
                }),
                text("NUL bytes", HEADER + "1,C1,10,North\n2,C2,5,So\0uth\n3,C3,20,North\0\n", b -> {
                    assertThat(b.segmentNames("region")).contains("South", "North");
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("2 NUL byte(s) removed, on lines 3, 4"));
                }),
                text("ragged rows", HEADER + "1,C1,10,North\n2,C2,5,South,extra\n3,C3,20\n4,C1,7,East\n", b -> {
                    assertThat(b.metrics().get("data").get("rows_rejected").asInt()).isEqualTo(2);
                    assertThat(total(b)).isEqualTo(17.0);
                }),
                text("impossible dates", "id,customer,amount,date\n1,C1,10,2023-02-30\n2,C2,5,2023-03-01\n3,C3,20,2023-04-01\n"
                        + "4,C1,7,2023-05-01\n5,C5,7,0000-00-00\n6,C6,8,2023-06-01\n", b -> {
                    assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-03-01");
                    assertThat(total(b)).isEqualTo(57.0);
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("column \"date\": 2 value(s) that are not dates")
                            .contains("\"2023-02-30\"").endsWith("lines 2, 6"));
                }),
                text("day-first dates", "id,customer,amount,date\n1,C1,10,13/02/2023\n2,C2,5,01/03/2023\n3,C3,20,05/04/2023\n", b -> {
                    assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-02-13");
                    assertThat(b.metrics().get("brief").get("data_to").asText()).isEqualTo("2023-04-05");
                }),
                text("month-first dates", "id,customer,amount,date\n1,C1,10,03/04/2023\n2,C2,5,12/25/2023\n3,C3,20,01/02/2023\n", b -> {
                    assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-01-02");
                    assertThat(b.metrics().get("brief").get("data_to").asText()).isEqualTo("2023-12-25");
                }),
                text("month names", "id,customer,amount,date\n1,C1,10,12 Dec 2023\n2,C2,5,\"Jan 5, 2024\"\n3,C3,20,3 March 2024\n", b -> {
                    assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-12-12");
                    assertThat(b.metrics().get("brief").get("data_to").asText()).isEqualTo("2024-03-03");
                }),
                text("duplicate and blank headers", "id,amount,amount, ,region\n1,10,3,a,North\n2,5,4,b,South\n3,20,5,c,North\n", b -> {
                    assertThat(b.metrics().get("quality").get("columns").findValuesAsText("column")).contains("amount", "amount_2");
                    assertThat(notes(b)).contains("data.csv: the header \"amount\" appears more than once; column 3 is read as \"amount_2\"",
                            "data.csv: column 4 has no header; it is read as \"column_4\"");
                }),
                text("exact duplicate rows and a far outlier", outlierCsv(), b -> {
                    assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(42);
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).startsWith("1 row(s) repeat an earlier row exactly"));
                    double rest = 0;
                    for (int i = 1; i <= 40; i++) rest += 10 + i % 7;
                    rest += 10 + 40 % 7;
                    String share = String.format(java.util.Locale.ROOT, "%.1f%%", 100 * 5000 / (rest + 5000));
                    assertThat(notes(b)).anySatisfy(n -> assertThat(n).startsWith("column \"amount\": 1 value(s) lie far outside the usual range (above ")
                            .contains("make up " + share + " of its total").endsWith("the largest is 5,000"));
                }),
                text("one row", HEADER + "1,C1,10,North\n", b -> assertThat(total(b)).isEqualTo(10.0)),
                text("no dimension at all", "id,customer,amount\n1,C1,10\n2,C2,5\n", b -> assertThat(total(b)).isEqualTo(15.0)));
    }

    /** 40 ordinary rows, one exact repeat of the last, and one amount hundreds of times the others. */
    static String outlierCsv() {
        StringBuilder csv = new StringBuilder("id,customer,amount,region\n");
        for (int i = 1; i <= 40; i++) csv.append(i).append(",C").append(i % 9).append(',').append(10 + i % 7).append(",R").append(i % 3).append('\n');
        csv.append("40,C4,15,R1\n41,C1,5000,R1\n");
        return csv.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void gives_a_report_that_says_what_it_did(Case c) {
        Path file = Qa.write(dir, "data.csv", c.file());
        c.check().accept(Qa.run("run", file.toString(), "--out", dir.resolve("out").toString()).ok());
    }

    /** A bad value beyond the rows the type sniffer samples: the column is read again, the value counted. */
    @Test
    void a_bad_value_beyond_the_sniffed_rows_is_found_by_its_line() {
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 1; i <= 25_000; i++) csv.append(i).append(",C").append(i % 50).append(',').append(i % 7).append(",R").append(i % 3).append('\n');
        csv.append("25001,C1,oops,R1\n");
        Qa.Brief b = Qa.run("run", Qa.write(dir, "data.csv", csv.toString()).toString(), "--out", dir.resolve("out").toString()).ok();
        long expected = 0;
        for (int i = 1; i <= 25_000; i++) expected += i % 7;
        assertThat(total(b)).isEqualTo(expected);
        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(25_001);
        assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("\"oops\"").endsWith("line 25,002"));
    }

    @Test
    void a_german_accounting_export_reads_naturally() {
        String csv = "Kundennummer;Datum;Betrag;Region\nK001;05.01.2023;1.234,56;Nord\nK002;06.01.2023;20,00;S\u00fcd\n"
                + "K003;07.01.2023;7,5;Nord\nK001;13.02.2023;99,99;Ost\nK004;14.02.2023;\u20ac 12,50;West\n";
        Qa.Brief b = Qa.run("run", Qa.write(dir, "buchungen.csv", csv).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.kpi("Betrag.sum").get("value").asDouble()).isEqualTo(1234.56 + 20 + 7.5 + 99.99 + 12.5, org.assertj.core.api.Assertions.offset(1e-9));
        assertThat(b.kpi("Betrag.sum").get("kind").asText()).isEqualTo("money");
        assertThat(b.metrics().get("brief").get("currency").asText()).isEqualTo("EUR");
        assertThat(b.metrics().get("brief").get("locale").asText()).isEqualTo("de-DE");
        assertThat(b.metrics().get("data").get("customers").asInt()).isEqualTo(4);
        assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-01-05");
        assertThat(b.segmentNames("Region")).containsExactly("Nord", "Ost", "S\u00fcd", "West");
    }

    @Test
    void a_shop_line_item_export_is_read_by_order_and_customer_email() {
        String csv = """
                Name,Email,Financial Status,Paid at,Subtotal,Total,Lineitem quantity,Lineitem name,Lineitem price,Billing City
                #1001,ann@example.com,paid,2023-12-12 17:04:00 -0500,30.00,33.00,1,Mug,10.00,Boston
                #1001,,,,,,2,Tee,10.00,
                #1002,bob@example.com,refunded,2023-12-13 09:00:00 -0500,20.00,22.00,1,Cap,20.00,Denver
                #1003,ann@example.com,pending,2023-12-20 12:30:00 -0500,45.00,49.50,3,Tee,15.00,Boston
                #1003,,,,,,1,Mug,0.00,
                #1004,cy@example.com,paid,2024-01-02 08:00:00 -0500,12.00,13.20,1,Sticker,12.00,Austin
                """;
        Qa.Brief b = Qa.run("run", Qa.write(dir, "orders_export.csv", csv).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.metrics().get("data").get("customers").asInt()).isEqualTo(3);
        assertThat(b.kpi("Subtotal.sum").get("value").asDouble()).isEqualTo(107.0);  // order amounts once, not per line
        assertThat(b.metrics().get("brief").get("data_from").asText()).isEqualTo("2023-12-12");
        assertThat(b.metrics().get("brief").get("data_to").asText()).isEqualTo("2024-01-02");
        assertThat(notes(b)).anySatisfy(n -> assertThat(n).contains("carried from its first line").contains("Email").contains("Paid at"));
        assertThat(notes(b)).contains("Of 4 orders, 1 are refunded and 1 not yet paid (\"Financial Status\"); they are counted as sold: "
                + "filter them out to see paid orders only");
        for (String page : List.of(b.pdfText("executive.pdf"), b.pdfText("appendix.pdf"), b.text("summary.html"))) {
            assertThat(page).doesNotContain("@example.com");
        }
    }

    @Test
    void strict_stops_at_the_first_value_that_is_not_a_usable_number() {
        Path file = Qa.write(dir, "data.csv", HEADER + "1,C1,10,North\n2,C2,5,South\n3,C3,inf,North\n4,C1,7,East\n");
        String line = Qa.run("run", file.toString(), "--strict", "--out", dir.resolve("out").toString()).fails(4);
        assertThat(line).isEqualTo("segbrief: " + file + " line 4 column \"amount\": \"inf\" is not a usable number (expected a finite "
                + "decimal like 12.50 below 10^15; without --strict such values are counted as missing)");
    }

}
