package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.ValueKind;
import segbrief.spec.SpecLoader;

/** One run, every output: the same figure reads the same in the JSON, the HTML, the email and the PDFs. */
class EndToEndTest {
    @TempDir
    static Path dir;
    static Brief brief;
    static Path out;

    @BeforeAll
    static void run() {
        TestData.write(dir, "donations.csv", TestData.csv(TestData.donations(1200, 11)));
        Path spec = TestData.write(dir, "brief.yaml", TestData.SPEC);
        var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB"));
        brief = computed.brief();
        out = Outputs.write(brief, Outputs.emailOptions(computed.spec(), null, null, null), dir.resolve("out"), new Timings());
    }

    @Test
    void every_output_file_is_written_and_listed_in_the_manifest() throws Exception {
        String manifest = Files.readString(out.resolve("manifest.json"));
        for (String f : new String[]{"metrics.json", "summary.html", "summary.eml", "executive.pdf", "appendix.pdf",
                "appendix-pdfa.pdf", "tables/kpis.csv", "tables/segments_category.csv"}) {
            assertThat(out.resolve(f)).isRegularFile();
            assertThat(manifest).contains("\"" + f + "\": \"sha256:");
        }
    }

    @Test
    void the_total_reads_the_same_in_json_html_email_and_pdf() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        double total = 0;
        for (JsonNode k : json.get("kpis")) if (k.get("key").asText().equals("amount.sum")) total = k.get("value").asDouble();
        String shown = brief.formats().compact(total, ValueKind.MONEY);
        assertThat(shown).startsWith("€");
        assertThat(Files.readString(out.resolve("summary.html"))).contains(shown);
        assertThat(emailText()).contains(shown);
        assertThat(pdfText("executive.pdf")).contains(shown);
    }

    @Test
    void the_leading_category_answer_is_the_same_sentence_everywhere() throws Exception {
        JsonNode json = new ObjectMapper().readTree(out.resolve("metrics.json").toFile());
        String answer = json.get("findings").get(0).get("answer").asText();
        String leader = json.get("segments").get(0).get("rows").get(0).get("segment").asText();
        boolean passed = false;
        for (JsonNode c : json.get("claims")) if (c.get("id").asText().equals("lead:category:" + leader)) passed = c.get("passed").asBoolean();
        assertThat(answer).startsWith(leader + (passed ? " leads with " : " and "));
        assertThat(Files.readString(out.resolve("summary.html"))).contains(answer.substring(0, 40));
        assertThat(pdfText("executive.pdf").replaceAll("\\s+", " ")).contains(answer.substring(0, 40));
    }

    @Test
    void the_appendix_prints_the_exact_segment_sums() throws Exception {
        JsonNode row = new ObjectMapper().readTree(out.resolve("metrics.json").toFile()).get("segments").get(0).get("rows").get(0);
        String exact = brief.formats().exact(row.get("measures").get("amount").get("sum").asDouble(), ValueKind.MONEY);
        assertThat(pdfText("appendix.pdf")).contains(exact);
    }

    @Test
    void the_executive_page_is_one_page() throws Exception {
        try (PDDocument d = Loader.loadPDF(out.resolve("executive.pdf").toFile())) {
            assertThat(d.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void the_same_input_gives_the_same_bytes() throws Exception {
        var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(dir.resolve("brief.yaml")), new BriefPipeline.Options(null, null, "1GB"));
        Path again = Outputs.write(computed.brief(), Outputs.emailOptions(computed.spec(), null, null, null), dir.resolve("again"), new Timings());
        for (String f : new String[]{"metrics.json", "summary.html", "summary.eml", "executive.pdf", "appendix.pdf", "manifest.json"}) {
            assertThat(Files.readAllBytes(again.resolve(f))).as(f).isEqualTo(Files.readAllBytes(out.resolve(f)));
        }
    }

    /**
     * Inputs over one DuckDB row group (122,880 rows) are aggregated by several threads in any order: sums, means
     * and deviations must not move in their last digits. Three rereads of 300,000 generated rows, every data file.
     */
    @Test
    void a_brief_aggregated_on_several_threads_gives_the_same_bytes() throws Exception {
        Path data = dir.resolve("many");
        segbrief.cli.Main.run(new String[]{"generate", "transactions", "--rows", "300000", "--out", data.toString()},
                new java.io.PrintWriter(java.io.Writer.nullWriter()), new java.io.PrintWriter(java.io.Writer.nullWriter()));
        Path spec = TestData.write(data, "brief.yaml", """
                title: Many rows
                sources:
                  - file: transactions.csv
                customer_id: customer_id
                date: date
                measures:
                  - {column: amount, label: Revenue, kind: money, primary: true}
                  - {column: rating, label: Rating, kind: number}
                dimensions: [category, device]
                distributions:
                  columns: [amount]
                  by: device
                """);
        byte[] first = null;
        for (int i = 0; i < 3; i++) {
            var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB"));
            byte[] json = segbrief.render.data.JsonMetricsWriter.write(computed.brief());
            if (first == null) first = json;
            else assertThat(json).as("run " + (i + 1)).isEqualTo(first);
        }
    }

    private static String pdfText(String name) throws Exception {
        try (PDDocument d = Loader.loadPDF(out.resolve(name).toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    private static String emailText() throws Exception {
        try (InputStream in = Files.newInputStream(out.resolve("summary.eml"))) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), in);
            return text(m);
        }
    }

    private static String text(Part p) throws Exception {
        if (p.isMimeType("text/plain")) return (String) p.getContent();
        if (p.getContent() instanceof Multipart mp) {
            for (int i = 0; i < mp.getCount(); i++) {
                String t = text(mp.getBodyPart(i));
                if (t != null) return t;
            }
        }
        return null;
    }
}
