package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of small hostile inputs that must stop the run, each with the one line the user gets: where (file, spec
 * line), what was found, what was expected; never the engine's or the parser's words, never exit 1.
 */
class HostileFilesTest {
    @TempDir
    Path dir;

    /** One input: the files to write (name, bytes), the file to run, the exit code and what the line must say. */
    record Case(String name, String run, int code, String says, Object... files) {
        @Override
        public String toString() { return name; }
    }

    static final String CSV = "id,customer,amount,region\n1,C1,10,North\n2,C2,5,South\n";

    static String spec(String sourceFile) {
        return "title: T\nsources:\n  - file: " + sourceFile + "\nmeasures: [amount]\n";
    }

    static Stream<Case> stops() {
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 0, 0, 0, 0};
        byte[] binary = new byte[2000];
        for (int i = 0; i < binary.length; i++) binary[i] = (byte) (i * 31 % 17);
        StringBuilder bomb = new StringBuilder("a: &a [\"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\", \"x\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            bomb.append(c).append(": &").append(c).append(" [*").append(p).append(", *").append(p).append(", *").append(p)
                    .append(", *").append(p).append(", *").append(p).append(", *").append(p).append("]\n");
        }
        return Stream.of(
                new Case("empty file", "data.csv", 4, "data.csv: is empty", "data.csv", ""),
                new Case("header only", "data.csv", 4, "data.csv: has a header but no data rows", "data.csv", "id,customer,amount\n"),
                new Case("a quote never closed", "data.csv", 4,
                        "data.csv line 3: a quoted value opens here and is never closed where its field ends", "data.csv",
                        "id,customer,amount,region\n1,C1,10,\"Portland, OR\"\n2,C2,5,\"South\n3,C3,7,\"Austin, TX\"\n"),
                new Case("header and blank lines", "data.csv", 4, "has a header but no data rows", "data.csv", "id,customer,amount\n\n\r\n"),
                new Case("folder given as a file", "folder.csv", 4, "folder.csv: is a folder, not a file", "folder.csv/x", "1"),
                new Case("binary content", "data.csv", 4, "data.csv: is not a text CSV (it looks like binary data)", "data.csv", binary),
                new Case("an Excel workbook named .csv", "data.csv", 4, "data.csv: is not a text CSV (it looks like a ZIP archive or an Excel .xlsx workbook)", "data.csv", zip),
                new Case("a Parquet name on a text file", "data.parquet", 4, "data.parquet: is not a Parquet file", "data.parquet", CSV),
                new Case("missing file on the command line", "nothere.csv", 2, "nothere.csv: no such file"),
                new Case("missing source of a spec", "brief.yaml", 3, "brief.yaml line 3: source file \"", "brief.yaml", spec("gone.csv")),
                new Case("empty source of a spec", "brief.yaml", 4, "brief.yaml line 3: \"", "brief.yaml", spec("d.csv"), "d.csv", ""),
                new Case("YAML alias bomb", "brief.yaml", 3, "brief.yaml: uses more aliases (*name) than a spec needs", "brief.yaml", bomb.toString()),
                new Case("tab indentation", "brief.yaml", 3, "brief.yaml line 3 column 1: a tab is used for indentation",
                        "brief.yaml", "title: T\nsources:\n\t- file: d.csv\nmeasures: [amount]\n", "d.csv", CSV),
                new Case("unclosed bracket", "brief.yaml", 3, "brief.yaml line 3 column 1: the spec ends inside a list or a mapping",
                        "brief.yaml", "title: T\nsources: [\n"),
                new Case("a colon inside a value", "brief.yaml", 3, "brief.yaml line 1 column 13: a \": \" inside a value",
                        "brief.yaml", "title: Sales: 2023\nsources:\n  - file: d.csv\nmeasures: [amount]\n", "d.csv", CSV),
                new Case("undefined alias", "brief.yaml", 3, "an alias (*name) that no anchor (&name) defines",
                        "brief.yaml", "title: *nothing\nsources:\n  - file: d.csv\nmeasures: [amount]\n", "d.csv", CSV),
                new Case("duplicate spec key", "brief.yaml", 3, "brief.yaml line 2: key \"title\" is given twice",
                        "brief.yaml", "title: T\ntitle: U\nsources:\n  - file: d.csv\nmeasures: [amount]\n", "d.csv", CSV),
                new Case("wrong type", "brief.yaml", 3, "brief.yaml line 1: \"title\" must be a single value (found a list)",
                        "brief.yaml", "title: [a, b]\nsources:\n  - file: d.csv\nmeasures: [amount]\n", "d.csv", CSV),
                new Case("spec is a folder", "brief.yaml", 3, "brief.yaml: is a folder, not a spec file", "brief.yaml/x", "1"),
                new Case("spec not UTF-8", "brief.yaml", 3, "brief.yaml: is not UTF-8 text", "brief.yaml",
                        "title: Caf\u00e9\nsources:\n  - file: d.csv\nmeasures: [amount]\n".getBytes(StandardCharsets.ISO_8859_1), "d.csv", CSV),
                new Case("empty spec", "brief.yaml", 3, "brief.yaml: the spec is empty", "brief.yaml", "# nothing\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stops")
    void stops_with_one_plain_line(Case c) throws Exception {
        for (int i = 0; i < c.files().length; i += 2) {
            Object content = c.files()[i + 1];
            Qa.write(dir, (String) c.files()[i], content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
        }
        if (c.name().startsWith("folder") || c.name().startsWith("spec is a folder")) Files.delete(dir.resolve((String) c.files()[0]));
        String line = Qa.run("run", dir.resolve(c.run()).toString(), "--out", dir.resolve("out").toString()).fails(c.code());
        assertThat(line).contains(c.says());
        assertThat(line.toLowerCase()).doesNotContain("duckdb").doesNotContain("snakeyaml").doesNotContain("java.")
                .doesNotContain("error:").doesNotContain("exception").doesNotContain("internal");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
