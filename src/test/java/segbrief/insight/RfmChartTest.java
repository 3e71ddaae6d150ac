package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import segbrief.brief.ChartSpec;
import segbrief.brief.RfmSummary.Segment;

/** The RFM chart, chosen by the insight stage from the metrics' segment figures. */
class RfmChartTest {
    @Test
    void shares_side_by_side_titled_by_the_segment_with_most_revenue() {
        List<Segment> rows = List.of(
                new Segment("Loyal", 2, 0.2, 660, 660 / 2790.0, 6, 4.5, 330),
                new Segment("Can't lose them", 1, 0.1, 900, 900 / 2790.0, 80, 5, 900),
                new Segment("Lost", 3, 0.3, 30, 30 / 2790.0, 200, 1, 10));
        ChartSpec.Bar bar = (ChartSpec.Bar) Charts.rfm(rows);
        assertThat(bar.title()).isEqualTo("Can't lose them bring the largest share of revenue");
        assertThat(bar.categories()).containsExactly("Loyal", "Can't lose them", "Lost");
        assertThat(bar.series().get(0).values()).containsExactly(0.2, 0.1, 0.3);
        assertThat(bar.series().get(1).values()).containsExactly(660 / 2790.0, 900 / 2790.0, 30 / 2790.0);
        assertThat(bar.highlight()).isEqualTo("Can't lose them");
    }

    @Test
    void without_revenue_shares_the_title_says_what_is_shown() {
        List<Segment> rows = List.of(new Segment("Lost", 3, 1.0, 0, Double.NaN, 200, 1, 0));
        assertThat(Charts.rfm(rows).title()).isEqualTo("Customers by RFM segment");
    }
}
