package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import segbrief.cli.Main;

/** Runs the real CLI and reads its outputs the way a user's tools would: PDFBox, Jackson, an HTML parser. */
final class Qa {
    private Qa() {}

    /** What one CLI run gave back. */
    record Outcome(int code, String out, String err) {
        /** Exit 0, no stack trace, and the folder holding the brief. */
        Brief ok() {
            assertThat(code).as("exit code; stderr:\n" + err).isZero();
            noStackTrace();
            Path folder = folderFromStdout();
            Brief b = new Brief(folder);
            assertThat(b.pages("executive.pdf")).as("executive.pdf pages").isEqualTo(1);
            return b;
        }

        /** The expected error code and exactly one line on stderr, which is returned. */
        String fails(int expected) {
            assertThat(code).as("exit code; stderr:\n" + err).isEqualTo(expected);
            noStackTrace();
            List<String> lines = err.strip().lines().toList();
            assertThat(lines).as("stderr lines").hasSize(1);
            assertThat(lines.getFirst()).startsWith("segbrief: ");
            return lines.getFirst();
        }

        void noStackTrace() {
            assertThat(err).as("stderr").doesNotContain("\tat ").doesNotContainPattern("(?m)^\\S*(Exception|Error)\\b[:\\s]")
                    .doesNotContain("Caused by");
        }

        private Path folderFromStdout() {
            String last = out.strip().lines().reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no stdout; stderr:\n" + err));
            int i = last.lastIndexOf(": /");
            assertThat(i).as("stdout names the folder: " + last).isPositive();
            return Path.of(last.substring(i + 2));
        }
    }

    /**
     * The CLI in a JVM of its own, as a user runs it: for "same input, same bytes" across runs, which must not lean on
     * what an earlier run left in this JVM (two runs in one test JVM have differed in the PDF/A copy by a few bytes).
     */
    static Outcome runInNewJvm(String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "--enable-native-access=ALL-UNNAMED",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "segbrief.cli.Main"));
        command.addAll(java.util.List.of(args));
        try {
            Path out = Files.createTempFile("segbrief-out", ".txt");
            Path err = Files.createTempFile("segbrief-err", ".txt");
            try {
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
                if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("segbrief did not finish in 120 s: " + command);
                }
                return new Outcome(p.exitValue(), Files.readString(out), Files.readString(err));
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static Outcome run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }

    /** The outputs of one brief. */
    record Brief(Path dir) {
        Path file(String name) {
            Path p = dir.resolve(name);
            assertThat(p).isRegularFile();
            return p;
        }

        int pages(String pdf) {
            try (PDDocument d = Loader.loadPDF(file(pdf).toFile())) {
                return d.getNumberOfPages();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String pdfText(String pdf) {
            try (PDDocument d = Loader.loadPDF(file(pdf).toFile())) {
                return new PDFTextStripper().getText(d);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The appendix text with line breaks and runs of spaces folded to one space. */
        String appendix() {
            return pdfText("appendix.pdf").replaceAll("\\s+", " ");
        }

        JsonNode metrics() {
            try {
                return new ObjectMapper().readTree(file("metrics.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        String text(String name) {
            try {
                return Files.readString(file(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        org.jsoup.nodes.Document html() {
            return Jsoup.parse(text("summary.html"));
        }

        /** The segment table of a column (matched ignoring case), from metrics.json. */
        JsonNode segments(String column) {
            for (JsonNode s : metrics().get("segments")) {
                if (s.get("column").asText().equalsIgnoreCase(column)) return s;
            }
            throw new AssertionError("no segment table for " + column + " in " + metrics().get("segments").findValuesAsText("column"));
        }

        List<String> segmentNames(String column) {
            List<String> names = new ArrayList<>();
            segments(column).get("rows").forEach(r -> names.add(r.get("segment").asText()));
            return names;
        }

        JsonNode segment(String column, String name) {
            for (JsonNode r : segments(column).get("rows")) if (r.get("segment").asText().equals(name)) return r;
            throw new AssertionError("no segment " + name + " in " + segmentNames(column));
        }

        JsonNode kpi(String key) {
            for (JsonNode k : metrics().get("kpis")) if (k.get("key").asText().equals(key)) return k;
            throw new AssertionError("no KPI " + key + " in " + metrics().get("kpis").findValuesAsText("key"));
        }

        List<String> tables() {
            try (Stream<Path> s = Files.list(dir.resolve("tables"))) {
                return s.map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.createDirectories(p.getParent());
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
