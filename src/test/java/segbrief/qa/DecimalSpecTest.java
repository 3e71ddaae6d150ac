package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code decimal: comma|point} forces how a file's numbers are read; bad values in a decimal-comma column are named by line. */
class DecimalSpecTest {
    @TempDir
    Path dir;

    /** Thousands without decimals (1.234) read either way, so only the spec can say which. Line 5 holds "12,5O". */
    static final String CSV = "Kundennummer;Datum;Betrag;Region\nK1;2023-01-05;1.234;Nord\nK2;2023-01-06;2.500;Sued\n"
            + "K3;2023-01-07;12;Nord\nK4;2023-01-08;12,5O;Ost\nK5;2023-01-09;7;Ost\n";

    private Qa.Outcome run(String decimal) {
        Qa.write(dir, "buchungen.csv", CSV);
        Path spec = Qa.write(dir, "brief.yaml", "title: Buchungen\n" + (decimal == null ? "" : "decimal: " + decimal + "\n")
                + "sources:\n  - file: buchungen.csv\ncustomer_id: Kundennummer\ndate: Datum\n"
                + "measures:\n  - {column: Betrag, kind: money, primary: true}\ndimensions: [Region]\n");
        return Qa.run("run", spec.toString(), "--out", dir.resolve("out").toString());
    }

    @Test
    void comma_reads_dotted_thousands_as_thousands_and_names_the_bad_value_by_line() {
        Qa.Brief b = run("comma").ok();
        assertThat(b.kpi("Betrag.sum").get("value").asDouble()).isEqualTo(1234 + 2500 + 12 + 7);
        assertThat(DirtyDataTest.notes(b)).anySatisfy(n -> assertThat(n).contains("read with decimal commas")
                .contains("1 value(s) that are not usable numbers (\"12,5O\")").endsWith("line 5"));
    }

    @Test
    void point_reads_them_as_decimals() {
        Qa.Brief b = run("point").ok();
        assertThat(b.kpi("Betrag.sum").get("value").asDouble()).isCloseTo(1.234 + 2.5 + 12 + 7, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(DirtyDataTest.notes(b)).noneSatisfy(n -> assertThat(n).contains("decimal commas"));
    }

    @Test
    void comma_with_strict_stops_at_the_first_bad_value_with_its_line() {
        Qa.write(dir, "buchungen.csv", CSV);
        run("comma");  // writes the files
        Path spec = dir.resolve("brief.yaml");
        String line = Qa.run("run", spec.toString(), "--strict", "--out", dir.resolve("out2").toString()).fails(4);
        assertThat(line).contains("buchungen.csv line 5 column \"Betrag\"").contains("\"12,5O\" is not a usable number");
    }

    @Test
    void an_unknown_separator_names_the_spec_line() {
        String line = run("semicolon").fails(3);
        assertThat(line).contains("brief.yaml line 2").contains("decimal must be comma or point");
    }
}
