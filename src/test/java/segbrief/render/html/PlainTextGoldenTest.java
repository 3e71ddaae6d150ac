package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import segbrief.chart.ChartRenderer;

/** The text part of the sample brief, whole: it is what a CEO reads in a plain-text client. */
class PlainTextGoldenTest {
    static final String EXPECTED = """
            Crowdfunding donations
            Who gives most, and whom to target next quarter
            2023 (1 Jan 2023 – 31 Dec 2023)

            Games leads with €165.4k, 20.3% of all donations

            KEY FIGURES
              Donations     €812.3k  (+5.2% vs previous period)
              Donors        12.3k  (−1.3% vs previous period)
              Gifts         20.0k
              Average gift  €40.62

            1. Which categories raise the most?
               Games leads with €165.4k
               Games leads with €165.4k, 20.3% of all donations, ahead of Technology
               (€142.3k) and Arts & "Crafts" 'n' More (€118.9k).
               <script>alert(1)</script> raised €12.3k.

            2. Which device gives most?
               iOS gives 52.1% of donations
               iOS gives €423.3k, 52.1% of donations; women on iOS give the most
               (€221.0k).

            3. Which age bracket should we target?
               25-34 gives 31.4% of donations
               Donors aged 25-34 give 31.4% of donations (€255.1k), more than any
               other bracket.

            RECOMMENDATION
              Put next quarter's campaign budget behind Games on iOS, aimed at
              donors aged 25-34.

            CUSTOMER GROUPS
              - Young frequent givers: 44.0% of customers (5,432), 38.0% of
                donations
              - Generous regulars: 35.0% of customers (4,321), 47.0% of donations
              - Occasional <script>alert(1)</script>: 21.0% of customers (2,592),
                15.0% of donations

            --
            Period: 2023 (1 Jan 2023 – 31 Dec 2023). 20,000 rows in the period.
            Sources: donations.csv (20,000 rows).
            SegmentBrief 0.1.0
            """;

    @Test
    void the_text_part_of_the_sample_brief_reads_exactly_so() throws Exception {
        var brief = SampleBrief.crowdfunding();
        byte[] eml = HtmlRenderer.toBytes(new HtmlRenderer(new ChartRenderer(brief.formats()))
                .email(brief, EmailMessageTest.OPTIONS, EmailMessageTest.PDF));

        assertThat(Mime.parse(eml).text()).isEqualTo(EXPECTED);
    }
}
