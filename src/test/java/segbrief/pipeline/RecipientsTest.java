package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.UserError;
import segbrief.brief.Formats;
import segbrief.brief.ValueKind;
import segbrief.spec.SpecLoader;

/**
 * One run writes the whole data's brief and one per recipient, each on its own rows: the figures match the slice,
 * and nothing in a recipient's folder or message (text, attachments, file names, chart data) names another slice.
 */
class RecipientsTest {
    /** Each region's stores and customer-id prefix: words that occur in that region's rows only. */
    static final Map<String, List<String>> STORES = Map.of(
            "North", List.of("Alderbrook", "Ashgrove", "Aspenhall"),
            "South", List.of("Birchfield", "Bramblewood", "Beechcroft"),
            "West", List.of("Cedarpoint", "Cypressvale", "Chestnutrow"));
    static final Map<String, String> IDS = Map.of("North", "northcust", "South", "southcust", "West", "westcust");
    static final Map<String, Integer> SCALE = Map.of("North", 1, "South", 7, "West", 53);

    @TempDir
    static Path dir;
    static Path periodFolder;
    static final Map<String, BigDecimal> totals = new LinkedHashMap<>();
    static final Map<String, Integer> rows = new LinkedHashMap<>();
    static List<RunOutputs.Written> written;

    @BeforeAll
    static void run() {
        StringBuilder csv = new StringBuilder("customer,date,region,store,channel,amount\n");
        for (String region : List.of("North", "South", "West")) {
            for (int i = 0; i < 240; i++) {
                String store = STORES.get(region).get(i % 3);
                // cents make every total distinct; the scale keeps the regions' sums far apart
                BigDecimal amount = BigDecimal.valueOf((10 + (i * 37) % 90) * SCALE.get(region)).add(BigDecimal.valueOf(i % 7, 2));
                csv.append(IDS.get(region)).append(String.format("%03d", i % 60)).append(",2023-")
                        .append(String.format("%02d", 1 + i % 12)).append("-15,").append(region).append(',').append(store)
                        .append(',').append(i % 2 == 0 ? "Web" : "Store").append(',').append(amount.toPlainString()).append('\n');
                totals.merge(region, amount, BigDecimal::add);
                totals.merge("all", amount, BigDecimal::add);
                rows.merge(region, 1, Integer::sum);
            }
        }
        // East's rows are all in 2022: its 2023 brief is empty
        csv.append("eastcust001,2022-03-01,East,Elmstead,Web,12.34\n");
        TestData.write(dir, "sales.csv", csv.toString());
        Path spec = TestData.write(dir, "brief.yaml", """
                title: Store sales
                name: stores
                currency: EUR
                locale: en-IE
                period: 2023
                sources:
                  - file: sales.csv
                customer_id: customer
                date: date
                measures:
                  - {column: amount, label: Revenue, kind: money, primary: true}
                dimensions: [store, channel]
                questions:
                  - {dimension: store}
                  - {dimension: channel}
                clusters: {features: [amount], k: 2}
                email: {from: briefs@example.com, to: [ceo@example.com]}
                recipients:
                  - {name: North, to: [north@example.com], filter: {region: North}}
                  - {name: South, to: [south@example.com, south2@example.com], filter: {region: [South]}}
                  - {name: West, to: west@example.com, filter: {region: West}, title: West coast stores}
                  - {name: East, to: east@example.com, filter: {region: East}}
                """);
        var run = new BriefPipeline(new Timings()).run(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB"));
        written = RunOutputs.write(run, Outputs.emailOptions(run.overall().spec(), null, null, null), dir.resolve("out"), new Timings());
        periodFolder = written.getFirst().folder();
    }

    @Test
    void one_run_writes_the_whole_brief_and_each_recipients_in_its_own_folder() {
        assertThat(written).extracting(RunOutputs.Written::recipient).containsExactly(null, "North", "South", "West", "East");
        assertThat(periodFolder).isEqualTo(dir.resolve("out/stores/2023").toAbsolutePath());
        for (String r : List.of("north", "south", "west")) {
            assertThat(periodFolder.resolve(r).resolve("executive.pdf")).isRegularFile();
            assertThat(periodFolder.resolve(r).resolve("summary.eml")).isRegularFile();
        }
    }

    @Test
    void each_recipients_figures_are_those_of_its_rows() throws Exception {
        for (String region : List.of("North", "South", "West")) {
            JsonNode json = new ObjectMapper().readTree(periodFolder.resolve(region.toLowerCase()).resolve("metrics.json").toFile());
            assertThat(kpi(json, "amount.sum")).as(region).isEqualByComparingTo(totals.get(region));
            assertThat(kpi(json, "rows").intValue()).as(region).isEqualTo(rows.get(region));
            assertThat(kpi(json, "customers").intValue()).as(region).isEqualTo(60);
        }
        JsonNode all = new ObjectMapper().readTree(periodFolder.resolve("metrics.json").toFile());
        assertThat(kpi(all, "amount.sum")).isEqualByComparingTo(totals.get("all"));
    }

    @Test
    void a_recipients_message_and_folder_hold_nothing_of_another_slice() throws Exception {
        Formats f = new Formats(java.util.Locale.forLanguageTag("en-IE"), "EUR");
        for (String region : List.of("North", "South", "West")) {
            List<String> forbidden = new ArrayList<>();
            for (String other : List.of("North", "South", "West", "East")) {
                if (other.equals(region)) continue;
                forbidden.add(other);
                forbidden.addAll(STORES.getOrDefault(other, List.of("Elmstead")));
                forbidden.add(IDS.getOrDefault(other, "eastcust"));
                if (totals.containsKey(other)) forbidden.add(f.exact(totals.get(other).doubleValue(), ValueKind.MONEY));
            }
            forbidden.add(f.exact(totals.get("all").doubleValue(), ValueKind.MONEY));
            forbidden.add(f.compact(totals.get("all").doubleValue(), ValueKind.MONEY));
            Path folder = periodFolder.resolve(region.toLowerCase());
            StringBuilder everything = new StringBuilder();
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.filter(Files::isRegularFile).toList()) {
                    everything.append(folder.relativize(p)).append('\n');
                    String name = p.getFileName().toString();
                    if (name.endsWith(".pdf")) everything.append(pdfText(Files.readAllBytes(p)));
                    else if (name.endsWith(".eml")) everything.append(emailText(p));
                    else if (!name.endsWith(".png")) everything.append(Files.readString(p));
                }
            }
            String text = everything.toString();
            assertThat(text).as(region).contains(STORES.get(region).getFirst());
            assertThat(text).as(region).contains(f.exact(totals.get(region).doubleValue(), ValueKind.MONEY));
            for (String word : forbidden) assertThat(text).as(region + " must not show " + word).doesNotContain(word);
        }
    }

    @Test
    void a_recipients_message_goes_to_its_addresses_alone() throws Exception {
        MimeMessage m = message(periodFolder.resolve("south/summary.eml"));
        assertThat(java.util.Arrays.stream(m.getAllRecipients()).map(Object::toString))
                .containsExactly("south@example.com", "south2@example.com");
        assertThat(m.getSubject()).contains("South");
    }

    @Test
    void an_empty_slice_gets_a_note_not_a_brief() throws Exception {
        RunOutputs.Written east = written.getLast();
        assertThat(east.hasBrief()).isFalse();
        assertThat(east.note()).isEqualTo("No rows where region is East in 2023: no brief was written for East and nothing is sent.");
        try (Stream<Path> files = Files.list(east.folder())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(RunOutputs.NOTE, "manifest.json");
        }
    }

    @Test
    void a_recipients_own_title_heads_its_brief() throws Exception {
        JsonNode json = new ObjectMapper().readTree(periodFolder.resolve("west/metrics.json").toFile());
        assertThat(json.toString()).contains("West coast stores");
        assertThat(new ObjectMapper().readTree(periodFolder.resolve("north/metrics.json").toFile()).toString())
                .contains("Store sales · North");
    }

    @Test
    void rewriting_the_whole_brief_keeps_the_recipients_folders() {
        var spec = SpecLoader.load(dir.resolve("brief.yaml"));
        var run = new BriefPipeline(new Timings()).run(spec, new BriefPipeline.Options(null, null, "1GB"));
        var onlyWhole = new BriefPipeline.Run(run.overall(), run.recipients());
        RunOutputs.write(onlyWhole, Outputs.emailOptions(run.overall().spec(), null, null, null), dir.resolve("out"), new Timings());
        assertThat(periodFolder.resolve("north/executive.pdf")).isRegularFile();
    }

    @Test
    void a_filter_value_the_data_never_holds_is_a_spec_error_with_its_line() {
        Path spec = TestData.write(dir, "typo.yaml", """
                title: Store sales
                sources:
                  - file: sales.csv
                customer_id: customer
                measures: [amount]
                recipients:
                  - name: North
                    to: north@example.com
                    filter: {region: Nrth}
                """);
        assertThatThrownBy(() -> new BriefPipeline(new Timings()).run(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB")))
                .isInstanceOf(UserError.class)
                .hasMessage("filter value \"Nrth\" never occurs in column \"region\"")
                .satisfies(e -> assertThat(((UserError) e).where()).endsWith("typo.yaml line 9"))
                .satisfies(e -> assertThat(((UserError) e).hint()).isEqualTo("values: East, North, South, West"));
    }

    @Test
    void a_recipient_without_an_address_or_with_a_duplicate_name_is_refused_with_its_line() {
        Path noAddress = TestData.write(dir, "noaddr.yaml", """
                title: T
                sources: [{file: sales.csv}]
                measures: [amount]
                recipients:
                  - {name: North, to: [north], filter: {region: North}}
                """);
        assertThatThrownBy(() -> SpecLoader.load(noAddress)).isInstanceOf(UserError.class)
                .hasMessage("\"north\" is not an email address")
                .satisfies(e -> assertThat(((UserError) e).where()).endsWith("line 5"));
        Path twice = TestData.write(dir, "twice.yaml", """
                title: T
                sources: [{file: sales.csv}]
                measures: [amount]
                recipients:
                  - {name: North, to: n@example.com, filter: {region: North}}
                  - {name: north, to: m@example.com, filter: {region: South}}
                """);
        assertThatThrownBy(() -> SpecLoader.load(twice)).isInstanceOf(UserError.class)
                .hasMessageContaining("the same folder name (north) as the recipient on line 5");
    }

    private static BigDecimal kpi(JsonNode json, String key) {
        for (JsonNode k : json.get("kpis")) if (k.get("key").asText().equals(key)) return k.get("value").decimalValue();
        throw new AssertionError("no KPI " + key + " in " + json.get("kpis"));
    }

    private static MimeMessage message(Path eml) throws Exception {
        try (InputStream in = Files.newInputStream(eml)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }

    /** Every header, every text part, every attachment's name and, for PDFs, text. */
    private static String emailText(Path eml) throws Exception {
        MimeMessage m = message(eml);
        StringBuilder s = new StringBuilder();
        var headers = m.getAllHeaderLines();
        while (headers.hasMoreElements()) s.append(headers.nextElement()).append('\n');
        collect(m, s);
        return s.toString();
    }

    private static void collect(Part p, StringBuilder s) throws Exception {
        if (p.getFileName() != null) s.append(p.getFileName()).append('\n');
        if (p.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) p.getContent();
            for (int i = 0; i < mp.getCount(); i++) collect(mp.getBodyPart(i), s);
        } else if (p.isMimeType("text/*")) {
            s.append(p.getContent()).append('\n');
        } else if (p.isMimeType("application/pdf")) {
            s.append(pdfText(p.getInputStream().readAllBytes()));
        }
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d) + "\n" + String.valueOf(d.getDocumentInformation().getTitle())
                    + String.valueOf(d.getDocumentInformation().getSubject()) + String.valueOf(d.getDocumentInformation().getKeywords());
        }
    }

    static String utf8(byte[] b) { return new String(b, StandardCharsets.UTF_8); }
}
