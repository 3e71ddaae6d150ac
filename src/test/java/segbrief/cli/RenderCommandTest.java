package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.MonthlyData;
import segbrief.TestData;

/** `render` writes every file of an archived brief again from its metrics.json alone, byte for byte. */
class RenderCommandTest {
    @TempDir
    Path dir;



    @Test
    void a_brief_compared_with_its_archive_renders_again_byte_for_byte() throws Exception {
        // two months, the second compared with the first: findings, claims, changes and the archive copy all in play
        List<MonthlyData.Row> rows = new ArrayList<>();
        rows.addAll(MonthlyData.days(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31), 4, 40, "Games", 10.0));
        rows.addAll(MonthlyData.days(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30), 5, 40, "Music", 12.5));
        TestData.write(dir, "donations.csv", MonthlyData.csv(rows));
        Path spec = TestData.write(dir, "brief.yaml", MonthlyData.SPEC);
        String out = dir.resolve("out").toString();
        for (String period : List.of("2023-10", "2023-11")) {
            CliRun r = CliRun.of("run", spec.toString(), "--period", period, "--out", out);
            assertThat(r.code()).as(r.err()).isZero();
        }
        Path original = dir.resolve("out/monthly/2023-11");
        assertThat(Files.readString(original.resolve("metrics.json"))).contains("\"compared_with\" : \"2023-10\"");

        CliRun again = CliRun.of("render", original.resolve("metrics.json").toString(), "--out", dir.resolve("again").toString());
        assertThat(again.code()).as(again.err()).isZero();
        Path rendered = dir.resolve("again/monthly/2023-11");
        assertThat(again.out().strip()).isEqualTo(rendered.toAbsolutePath().toString());

        Map<String, byte[]> before = files(original);
        Map<String, byte[]> after = files(rendered);
        assertThat(before).containsKeys("executive.pdf", "appendix.pdf", "appendix-pdfa.pdf", "summary.html", "summary.eml",
                "metrics.json", "manifest.json", "tables/segments_category.csv");
        assertSame(before, after);
    }

    @Test
    void a_branded_brief_and_its_recipients_render_again_byte_for_byte_without_the_logo_file() throws Exception {
        TestData.write(dir, "donations.csv", MonthlyData.csv(
                MonthlyData.days(LocalDate.of(2023, 11, 1), LocalDate.of(2023, 11, 30), 5, 40, "Music", 12.5)));
        TestData.write(dir, "acme.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40">
                  <rect x="0" y="0" width="40" height="40" fill="#6B2C91"/><circle cx="80" cy="20" r="18" fill="#E08E0B"/>
                </svg>
                """);
        Path spec = TestData.write(dir, "brief.yaml", MonthlyData.SPEC + """
                brand:
                  company: Acme Retail
                  logo: acme.svg
                  colours:
                    accent: "#6B2C91"
                    palette: ["#6B2C91", "#E08E0B", "#2A9D8F"]
                  footer: Confidential, for Acme managers only
                  sender: Acme Insights
                email:
                  from: briefs@acme.example
                recipients:
                  - name: Music
                    to: music@acme.example
                    filter: {category: Music}
                    title: Music desk
                """);
        CliRun r = CliRun.of("run", spec.toString(), "--period", "2023-11", "--out", dir.resolve("out").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Path original = dir.resolve("out/monthly/2023-11");
        Files.delete(dir.resolve("acme.svg")); // the snapshot carries the logo's bytes: the spec's folder is not read

        Files.writeString(original.resolve("outbox.json"), "{\"deliveries\": []}\n"); // as a run with --send leaves it
        Map<String, byte[]> before = files(original);
        assertThat(before).containsKeys("images/logo.png", "music/metrics.json", "music/executive.pdf");
        assertThat(new String(before.get("summary.eml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Acme Insights").contains("Confidential, for Acme managers only");
        assertThat(new String(before.get("music/summary.eml"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("music@acme.example").contains("Music desk").doesNotContain("ceo@example.com");

        // the whole brief, then the recipient's from its own folder's metrics.json, into another root
        CliRun again = CliRun.of("render", original.resolve("metrics.json").toString(), "--out", dir.resolve("again").toString());
        assertThat(again.code()).as(again.err()).isZero();
        CliRun music = CliRun.of("render", original.resolve("music/metrics.json").toString(), "--out", dir.resolve("again").toString());
        assertThat(music.code()).as(music.err()).isZero();
        assertThat(music.out().strip()).isEqualTo(dir.resolve("again/monthly/2023-11/music").toAbsolutePath().toString());
        Map<String, byte[]> expected = new TreeMap<>(before);
        expected.remove("outbox.json"); // a delivery record, not a rendering: it stays with the folder it describes
        assertSame(expected, files(dir.resolve("again/monthly/2023-11")));

        // in place: the folder keeps its outbox and its recipients' briefs
        CliRun inPlace = CliRun.of("render", original.resolve("metrics.json").toString());
        assertThat(inPlace.code()).as(inPlace.err()).isZero();
        assertSame(before, files(original));
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, byte[]> after) {
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        List<String> differ = before.keySet().stream().filter(n -> !java.util.Arrays.equals(before.get(n), after.get(n))).toList();
        assertThat(differ).as("files that differ").isEmpty();
    }

    @Test
    void a_metrics_json_without_a_snapshot_is_refused_in_one_line() throws Exception {
        Path old = TestData.write(dir, "old/monthly/2023-10/metrics.json", "{\"brief\": {\"name\": \"monthly\"}}\n");
        CliRun r = CliRun.of("render", old.toString());
        assertThat(r.code()).isEqualTo(4);
        assertThat(r.err().strip()).isEqualTo("segbrief: " + old.toAbsolutePath()
                + ": this metrics.json carries no snapshot to render (run its period again: briefs written before the render command have none)");

        CliRun missing = CliRun.of("render", dir.resolve("nowhere/metrics.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines().count()).isEqualTo(1);
    }

    /** Every file under a folder by its relative path, sorted. */
    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(folder.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
