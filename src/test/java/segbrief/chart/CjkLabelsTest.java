package segbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Layout;
import segbrief.brief.ChartSpec.Series;
import segbrief.brief.ValueKind;

/** Chinese, Japanese and Korean labels draw as letters, not as DejaVu Sans's empty boxes. */
class CjkLabelsTest {
    private final ChartRenderer renderer = new ChartRenderer(Samples.EUR);

    private static ChartSpec.Bar ranked(String title, String first) {
        return new ChartSpec.Bar("cities", title, Layout.RANKED, List.of(first, "Zürich", "Kraków"),
                List.of(new Series("Revenue", List.of(33.0, 30.0, 27.0))), ValueKind.MONEY, "Revenue", first);
    }

    /** The pixels of the image's left {@code width} columns, where a ranked chart writes its category labels. */
    private static int[] leftColumns(BufferedImage img, int width) {
        return img.getRGB(0, 0, width, img.getHeight(), null, 0, width);
    }

    @Test
    void two_cjk_category_labels_draw_differently_where_dejavu_sans_alone_draws_the_same_two_boxes() {
        // Without a fallback both names are two .notdef boxes each, so the two drawings are identical pixel for pixel.
        BufferedImage beijing = Drawing.draw(renderer, ranked("Revenue by city", "北京"), 500, 260);
        BufferedImage tokyo = Drawing.draw(renderer, ranked("Revenue by city", "東京"), 500, 260);
        assertThat(leftColumns(beijing, 60)).isNotEqualTo(leftColumns(tokyo, 60));
        BufferedImage seoul = Drawing.draw(renderer, ranked("Revenue by city", "서울"), 500, 260);
        assertThat(leftColumns(seoul, 60)).isNotEqualTo(leftColumns(tokyo, 60));
    }

    @Test
    void a_title_mixing_latin_and_hangul_draws_both() {
        // Same length, same Latin: only the Hangul syllables differ, so only real glyphs tell the titles apart.
        BufferedImage a = Drawing.draw(renderer, ranked("서울 leads with €33", "Oslo"), 500, 260);
        BufferedImage b = Drawing.draw(renderer, ranked("부산 leads with €33", "Oslo"), 500, 260);
        assertThat(a.getRGB(0, 0, 500, 20, null, 0, 500)).isNotEqualTo(b.getRGB(0, 0, 500, 20, null, 0, 500));
    }

    @Test
    void text_runs_change_font_only_where_dejavu_sans_has_no_glyph() {
        var font = DejaVuFonts.plain(10);
        List<CjkFont.Run> runs = CjkFont.runs(font, "Top 3: 서울, 東京 and 北京");
        assertThat(runs).extracting(CjkFont.Run::text).containsExactly("Top 3: ", "서울", ", ", "東京", " and ", "北京");
        assertThat(runs).extracting(r -> r.font().getFamily()).containsExactly(
                "DejaVu Sans", "Droid Sans Fallback", "DejaVu Sans", "Droid Sans Fallback", "DejaVu Sans", "Droid Sans Fallback");
        assertThat(CjkFont.width(font, "Zürich", Drawing.FRC)).isEqualTo(font.getStringBounds("Zürich", Drawing.FRC).getWidth());
        assertThat(CjkFont.width(font, "北京", Drawing.FRC)).isGreaterThan(font.getStringBounds("Zürich", Drawing.FRC).getWidth() / 3);
    }

    @Test
    void charts_without_cjk_are_drawn_as_before_without_the_fallback() {
        for (ChartSpec spec : Samples.all()) assertThat(CjkFont.needed(spec.toString())).as(spec.id()).isFalse();
        assertThat(CjkFont.needed(ranked("Ελλάδα, Москва, São Paulo", "Øresund").toString())).isFalse();
        assertThat(CjkFont.needed(ranked("x", "東京").toString())).isTrue();
    }

    @Test
    void cjk_charts_are_reproducible() {
        ChartSpec spec = ranked("서울 leads", "北京");
        assertThat(renderer.png(spec, 300, 200, 2)).isEqualTo(renderer.png(spec, 300, 200, 2));
    }
}
