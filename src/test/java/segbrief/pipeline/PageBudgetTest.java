package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.brief.Brief;
import segbrief.brief.Finding;
import segbrief.spec.SpecLoader;

/**
 * Six questions on a page that holds four, a 41-character segment name and a long dimension label: the page shows the
 * strongest four, names the other two with the appendix page of their answer, and prints every sentence whole.
 */
class PageBudgetTest {
    static final String LONG = "Premium members enrolled through partners";

    @TempDir
    static Path dir;
    static Brief brief;
    static Path out;

    @BeforeAll
    static void run() {
        StringBuilder csv = new StringBuilder("customer,tier,region,channel,gender,device,plan,amount\n");
        Random r = new Random(5);
        String[] regions = {"North", "South", "East", "West"};
        for (int i = 0; i < 900; i++) {
            boolean premium = i % 5 == 0;
            String region = regions[i % 4];
            // the tier and the region differ per customer; channel, gender, device and plan are noise
            double amount = 50 + 10 * r.nextGaussian() + (premium ? 40 : 0) + (region.equals("North") ? 15 : 0);
            csv.append("c").append(i).append(',').append(premium ? LONG : "Standard").append(',').append(region).append(',')
                    .append(r.nextBoolean() ? "web" : "store").append(',').append(r.nextBoolean() ? "F" : "M").append(',')
                    .append(r.nextBoolean() ? "iOS" : "Android").append(',').append(r.nextBoolean() ? "monthly" : "yearly").append(',')
                    .append(String.format(java.util.Locale.ROOT, "%.2f", Math.max(1, amount))).append('\n');
        }
        TestData.write(dir, "orders.csv", csv.toString());
        Path spec = TestData.write(dir, "brief.yaml", """
                title: Budget
                currency: USD
                locale: en-US
                sources:
                  - file: orders.csv
                customer_id: customer
                measures:
                  - {column: amount, label: Revenue, kind: money}
                dimensions:
                  - {column: tier, label: Membership tier chosen at sign-up through the partner programme}
                  - region
                  - channel
                  - gender
                  - device
                  - plan
                questions:
                  - {ask: Which channel sells most, dimension: channel}
                  - {ask: Which gender spends most, dimension: gender}
                  - {ask: Which tier spends most, dimension: tier}
                  - {ask: Which device spends most, dimension: device}
                  - {ask: Which region spends most, dimension: region}
                  - {ask: Which plan spends most, dimension: plan}
                """);
        var computed = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB"));
        brief = computed.brief();
        out = Outputs.write(brief, Outputs.emailOptions(computed.spec(), null, null, null), dir.resolve("out"), new Timings());
    }

    @Test
    void a_spec_may_ask_six_questions_and_the_page_shows_the_strongest_four() throws Exception {
        assertThat(brief.findings()).hasSize(6);
        List<Finding> shown = brief.onPage(4);
        assertThat(shown).extracting(Finding::question)
                .contains("Which tier spends most", "Which region spends most").hasSize(4);
        String page = text("executive.pdf", 0);
        for (Finding fd : shown) assertThat(page).contains(fd.question());
    }

    @Test
    void the_findings_off_the_page_are_named_with_the_appendix_page_of_their_answer() throws Exception {
        String page = text("executive.pdf", 0);
        assertThat(page).contains("Also in the appendix:");
        List<Finding> off = brief.offPage(4);
        assertThat(off).hasSize(2);
        for (Finding fd : off) {
            Matcher m = Pattern.compile(Pattern.quote(fd.question()) + " \\(p\\. (\\d+)\\)").matcher(page);
            assertThat(m.find()).as(fd.question() + " with its page").isTrue();
            String there = text("appendix.pdf", Integer.parseInt(m.group(1)));
            assertThat(there).contains(fd.question() + " " + fd.answer().substring(0, 30));
        }
    }

    @Test
    void a_41_character_segment_name_does_not_cut_the_recommendation_before_its_numbers() throws Exception {
        assertThat(brief.recommendation()).startsWith("Focus the next campaign on " + LONG).contains("95% CI");
        assertThat(text("executive.pdf", 0)).contains(brief.recommendation().replaceAll("\\s+", " "));
    }

    @Test
    void the_headline_and_the_titles_on_the_page_are_whole() throws Exception {
        String page = text("executive.pdf", 0);
        assertThat(page).doesNotContain("…").contains(brief.headline());
        for (Finding fd : brief.onPage(4)) assertThat(page).contains(fd.title()).contains(fd.answer());
    }

    @Test
    void a_leader_by_total_whose_customers_give_less_than_the_rest_is_not_said_to_give_about_the_same() {
        Finding tier = brief.findings().stream().filter(fd -> fd.question().equals("Which tier spends most")).findFirst().orElseThrow();
        assertThat(tier.answer()).startsWith("Standard gives most")
                .contains("because it has more customers; each gives less than the rest ($")
                .doesNotContain("about the same");
    }

    /** The text of one page (from 1), or of every page with 0, its runs of white space made one space. */
    private static String text(String pdf, int page) throws Exception {
        try (PDDocument d = Loader.loadPDF(out.resolve(pdf).toFile())) {
            PDFTextStripper s = new PDFTextStripper();
            if (page > 0) {
                s.setStartPage(page);
                s.setEndPage(page);
            }
            return s.getText(d).replaceAll("\\s+", " ");
        }
    }
}
