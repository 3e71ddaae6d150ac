package segbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jfree.chart.axis.CategoryAxis;
import org.junit.jupiter.api.Test;

class CategoryLabelsTest {
    @Test
    void long_labels_end_in_an_ellipsis_at_22_characters() {
        String cut = CategoryLabels.ellipsis("Web (desktop and mobile browsers)");
        assertThat(cut).isEqualTo("Web (desktop and mobi…").hasSize(22);
    }

    @Test
    void short_labels_and_null_are_kept() {
        assertThat(CategoryLabels.ellipsis("iOS")).isEqualTo("iOS");
        assertThat(CategoryLabels.ellipsis("exactly twenty-two chr")).isEqualTo("exactly twenty-two chr");
        assertThat(CategoryLabels.ellipsis(null)).isEmpty();
    }

    @Test
    void ellipsis_does_not_split_a_surrogate_pair_or_leave_a_trailing_space() {
        assertThat(CategoryLabels.ellipsis("ab 😀😀😀", 4)).isEqualTo("ab…");
        assertThat(CategoryLabels.ellipsis("😀😀😀😀", 3)).isEqualTo("😀😀…");
    }

    @Test
    void long_names_that_would_read_alike_are_shown_from_where_they_differ() {
        List<String> names = List.of("Premium outdoor furniture and garden equipment, region 1 wholesale",
                "Premium outdoor furniture and garden equipment, region 2 wholesale", "Premium outdoor furniture (retail)", "Books");
        assertThat(CategoryLabels.distinct(names)).containsExactly("…region 1 wholesale", "…region 2 wholesale",
                "…furniture (retail)", "Books");
        assertThat(CategoryLabels.distinct(names)).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(22));
        assertThat(CategoryLabels.distinct(List.of("Web (desktop and mobile browsers)", "iOS"))).containsExactly("Web (desktop and mobi…", "iOS");
    }

    @Test
    void crowded_labels_are_thinned_counting_back_from_the_last() {
        CategoryAxis axis = new CategoryAxis();
        List<String> keys = List.of("a", "b", "c", "d", "e", "f", "g");
        CategoryLabels.thin(axis, keys, 3);
        assertThat(keys.stream().filter(k -> axis.getTickLabelPaint(k).equals(Theme.TRANSPARENT)))
                .containsExactly("b", "c", "e", "f");
    }

    @Test
    void tick_labels_drop_trailing_zeros_but_keep_the_unit() {
        assertThat(new CompactNumberFormat(Samples.EUR, segbrief.brief.ValueKind.MONEY).format(25_000)).isEqualTo("€25k");
        assertThat(new CompactNumberFormat(Samples.EUR, segbrief.brief.ValueKind.MONEY).format(1_500_000)).isEqualTo("€1.5M");
        assertThat(new CompactNumberFormat(Samples.EUR, segbrief.brief.ValueKind.SHARE).format(0.2)).isEqualTo("20%");
        assertThat(new CompactNumberFormat(Samples.EUR, segbrief.brief.ValueKind.COUNT).format(1_200)).isEqualTo("1,200");
        assertThat(new CompactNumberFormat(Samples.EUR, segbrief.brief.ValueKind.NUMBER).format(-0.0)).isEqualTo("0");
    }
}
