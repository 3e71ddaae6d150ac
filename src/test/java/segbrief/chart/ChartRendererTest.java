package segbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.general.PieDataset;
import org.jfree.data.statistics.BoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.XYZDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import segbrief.brief.ChartSpec;
import segbrief.brief.ChartSpec.Layout;
import segbrief.brief.ChartSpec.Series;
import segbrief.brief.Distribution;
import segbrief.brief.ValueKind;

class ChartRendererTest {
    private static final Rectangle2D EXEC = new Rectangle2D.Double(0, 0, 250, 160);
    private static final Rectangle2D APPENDIX = new Rectangle2D.Double(0, 0, 500, 260);
    private final ChartRenderer renderer = new ChartRenderer(Samples.EUR);

    static List<ChartSpec> samples() {
        return Samples.all();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_sample_draws_ink_at_executive_and_appendix_size(ChartSpec spec) {
        BufferedImage small = Drawing.draw(renderer, spec, 250, 160);
        BufferedImage large = Drawing.draw(renderer, spec, 500, 260);
        // a title alone inks about 1% of the box; a chart inks far more
        assertThat(Drawing.inked(small)).as(spec.id()).isGreaterThan(250 * 160 / 20);
        assertThat(Drawing.inked(large)).as(spec.id()).isGreaterThan(500 * 260 / 20);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void every_chart_has_a_left_aligned_title_in_dejavu_sans_and_no_border(ChartSpec spec) {
        JFreeChart chart = renderer.chart(spec, EXEC);
        TextTitle title = chart.getTitle();
        assertThat(title.getText()).isEqualTo(spec.title());
        assertThat(title.getHorizontalAlignment()).isEqualTo(HorizontalAlignment.LEFT);
        assertThat(title.getFont().getFamily()).isEqualTo("DejaVu Sans");
        assertThat(title.getFont().isBold()).isTrue();
        assertThat(chart.isBorderVisible()).isFalse();
        assertThat(chart.getBackgroundPaint()).isEqualTo(Color.WHITE);
    }

    @Test
    void ranked_bars_are_horizontal_largest_first_with_other_last() {
        JFreeChart chart = renderer.chart(Samples.ranked(), APPENDIX);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.HORIZONTAL);
        assertThat(columnLabels(data)).containsExactly(
                "iOS", "Android", "Web (desktop and mobi…", "Phone", "Kiosk", "Other");
        assertThat(rowValues(data, 0)).containsExactly(165_400.0, 98_400.0, 61_250.0, 58_900.0, 4_300.0, 12_000.0);
    }

    @Test
    void ranked_bars_paint_the_highlight_in_the_accent_and_the_rest_grey() {
        BufferedImage img = Drawing.draw(renderer, Samples.ranked(), 500, 260);
        assertThat(Drawing.pixelsOf(img, Theme.ACCENT)).isGreaterThan(1_000);
        assertThat(Drawing.pixelsOf(img, Theme.MUTED)).isGreaterThan(2_000);
        assertThat(Drawing.pixelsOf(img, Theme.series(0))).isZero();
    }

    @Test
    void ranked_bar_value_labels_use_the_compact_money_format() {
        CategoryPlot plot = renderer.chart(Samples.ranked(), APPENDIX).getCategoryPlot();
        var labels = plot.getRenderer().getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(plot.getDataset(), 0, 0)).isEqualTo("€165.4k");
    }

    @Test
    void two_hundred_categories_draw_the_largest_that_fit_and_say_so() {
        ChartSpec.Bar spec = Samples.manyCategories(200);
        JFreeChart chart = renderer.chart(spec, EXEC);
        CategoryDataset data = chart.getCategoryPlot().getDataset();
        List<Double> sorted = spec.series().getFirst().values().stream().sorted((a, b) -> Double.compare(b, a)).toList();
        assertThat(data.getColumnCount()).isBetween(5, 15);
        assertThat(rowValues(data, 0)).containsExactlyElementsOf(sorted.subList(0, data.getColumnCount()));
        assertThat(subtitles(chart)).contains("Largest " + data.getColumnCount() + " of 200 shown");
        assertThat(Drawing.inked(Drawing.draw(renderer, spec, 250, 160))).isGreaterThan(2_000);
    }

    @Test
    void a_single_category_draws_one_bar() {
        var spec = new ChartSpec.Bar("one", "Only iOS", Layout.RANKED, List.of("iOS"),
                List.of(new Series("Donations", List.of(12.0))), ValueKind.MONEY, null, "iOS");
        assertThat(renderer.chart(spec, EXEC).getCategoryPlot().getDataset().getColumnCount()).isEqualTo(1);
        assertThat(Drawing.pixelsOf(Drawing.draw(renderer, spec, 250, 160), Theme.ACCENT)).isGreaterThan(500);
    }

    @Test
    void grouped_bars_keep_the_spec_order_and_show_a_legend_in_palette_colours() {
        JFreeChart chart = renderer.chart(Samples.grouped(), APPENDIX);
        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
        assertThat(columnLabels(data)).containsExactly("18–24", "25–34", "35–44", "45–54", "55+");
        assertThat(rowValues(data, 1)).containsExactly(10_100.0, 39_900.0, 47_600.0, 45_300.0, 31_200.0);
        assertThat(chart.getLegend()).isNotNull();
        assertThat(plot.getLegendItems().get(1).getFillPaint()).isEqualTo(Theme.series(1));
    }

    @Test
    void stacked_bars_stack_the_series() {
        CategoryPlot plot = renderer.chart(Samples.stacked(), APPENDIX).getCategoryPlot();
        assertThat(plot.getRenderer()).isInstanceOf(org.jfree.chart.renderer.category.StackedBarRenderer.class);
        assertThat(plot.getDataset().getRowCount()).isEqualTo(3);
        assertThat(rowValues(plot.getDataset(), 2)).first().isEqualTo(0.08);
    }

    @Test
    void columns_are_vertical_in_the_spec_order() {
        CategoryPlot plot = renderer.chart(Samples.columns(), EXEC).getCategoryPlot();
        assertThat(plot.getOrientation()).isEqualTo(PlotOrientation.VERTICAL);
        assertThat(columnLabels(plot.getDataset())).first().isEqualTo("Jan");
        assertThat(rowValues(plot.getDataset(), 0)).last().isEqualTo(44_600.0);
    }

    @Test
    void value_axis_ticks_read_like_the_brief() {
        CategoryPlot plot = renderer.chart(Samples.grouped(), APPENDIX).getCategoryPlot();
        var axis = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis();
        assertThat(axis.getNumberFormatOverride().format(20_000)).isEqualTo("€20k");
        assertThat(axis.getTickLabelFont().getSize2D()).isGreaterThanOrEqualTo(7f);
    }

    @Test
    void donut_slices_hold_the_values_with_the_highlight_in_the_accent() {
        JFreeChart chart = renderer.chart(Samples.donut(), EXEC);
        @SuppressWarnings("unchecked")
        PiePlot<Key> plot = (PiePlot<Key>) chart.getPlot();
        PieDataset<Key> data = plot.getDataset();
        assertThat(data.getKeys().stream().map(Key::label)).containsExactly("iOS", "Android", "Web", "Phone", "Other");
        assertThat(data.getValue(0)).isEqualTo(165_400.0);
        assertThat(plot.getSectionPaint(data.getKey(0))).isEqualTo(Theme.ACCENT);
        assertThat(plot.getSectionPaint(data.getKey(1))).isNotEqualTo(Theme.ACCENT);
        assertThat(plot.getLabelGenerator().generateSectionLabel(data, data.getKey(0))).isEqualTo("iOS 41.3%");
    }

    @Test
    void line_with_a_second_axis_maps_the_second_series_to_it() {
        CategoryPlot plot = renderer.chart(Samples.line(), APPENDIX).getCategoryPlot();
        assertThat(rowValues(plot.getDataset(0), 0)).first().isEqualTo(212_000.0);
        assertThat(rowValues(plot.getDataset(1), 0)).last().isEqualTo(4_310.0);
        assertThat(plot.getRangeAxisIndex(plot.getRangeAxis(1))).isEqualTo(1);
        assertThat(plot.getRangeAxisForDataset(1)).isSameAs(plot.getRangeAxis(1));
        assertThat(plot.getRenderer(1).getSeriesPaint(0)).isEqualTo(Theme.series(1));
        var labels = plot.getRenderer(0).getDefaultItemLabelGenerator();
        assertThat(labels.generateLabel(plot.getDataset(0), 0, 6)).isEqualTo("€331.7k");
        assertThat(labels.generateLabel(plot.getDataset(0), 0, 5)).isNull();
    }

    @Test
    void two_axes_share_their_gridlines() {
        CategoryPlot plot = renderer.chart(Samples.line(), APPENDIX).getCategoryPlot();
        var left = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis(0);
        var right = (org.jfree.chart.axis.NumberAxis) plot.getRangeAxis(1);
        assertThat(left.getRange().getLength() / left.getTickUnit().getSize())
                .isEqualTo(right.getRange().getLength() / right.getTickUnit().getSize());
        assertThat(left.getLowerBound()).isZero();
        assertThat(left.getUpperBound()).isGreaterThan(331_700 * 1.15);
        assertThat(LineChartBuilder.niceStep(0.7)).isEqualTo(1.0);
        assertThat(LineChartBuilder.niceStep(230)).isEqualTo(250.0);
        assertThat(LineChartBuilder.niceStep(20_000)).isEqualTo(20_000.0);
    }

    @Test
    void histogram_bars_hold_the_counts_and_the_density_is_scaled_to_counts() {
        ChartSpec.Histogram spec = Samples.histogram();
        XYPlot plot = (XYPlot) renderer.chart(spec, APPENDIX).getPlot();
        XYDataset bars = plot.getDataset(0);
        assertThat(bars.getItemCount(0)).isEqualTo(spec.counts().size());
        for (int i = 0; i < spec.counts().size(); i++) {
            assertThat(bars.getYValue(0, i)).isEqualTo(spec.counts().get(i).doubleValue());
        }
        double n = spec.counts().stream().mapToLong(Long::longValue).sum();
        XYDataset density = plot.getDataset(1);
        assertThat(density.getXValue(0, 10)).isEqualTo(spec.densityX().get(10));
        assertThat(density.getYValue(0, 10)).isCloseTo(spec.densityY().get(10) * n * 25, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void histogram_density_uses_the_width_of_the_bin_it_falls_in() {
        List<Double> edges = List.of(0.0, 10.0, 30.0);
        assertThat(HistogramChartBuilder.binWidthAt(edges, 2, 5)).isEqualTo(10);
        assertThat(HistogramChartBuilder.binWidthAt(edges, 2, 12)).isEqualTo(20);
        assertThat(HistogramChartBuilder.binWidthAt(edges, 2, -4)).isEqualTo(10);
        assertThat(HistogramChartBuilder.binWidthAt(edges, 2, 99)).isEqualTo(20);
    }

    @Test
    void box_and_violin_hold_each_groups_summary_in_order() {
        for (ChartSpec.Style style : ChartSpec.Style.values()) {
            ChartSpec.GroupShape spec = Samples.groupShape(style);
            CategoryPlot plot = renderer.chart(spec, APPENDIX).getCategoryPlot();
            var data = (BoxAndWhiskerCategoryDataset) plot.getDataset();
            assertThat(columnLabels(data)).containsExactly("Loyal", "New", "Lapsing", "Big givers");
            for (int i = 0; i < spec.groups().size(); i++) {
                Distribution.Summary s = spec.groups().get(i).summary();
                assertThat(data.getQ1Value(0, i)).isEqualTo(s.q1());
                assertThat(data.getMedianValue(0, i)).isEqualTo(s.median());
                assertThat(data.getQ3Value(0, i)).isEqualTo(s.q3());
                assertThat(data.getMinRegularValue(0, i)).isEqualTo(s.min());
                assertThat(data.getMaxRegularValue(0, i)).isEqualTo(s.max());
                assertThat(data.getMeanValue(0, i)).isEqualTo(s.mean());
            }
            assertThat(plot.getRenderer()).isInstanceOf(GroupShapeRenderer.class);
        }
    }

    @Test
    void violin_and_box_look_different() {
        BufferedImage box = Drawing.draw(renderer, Samples.groupShape(ChartSpec.Style.BOX), 500, 260);
        BufferedImage violin = Drawing.draw(renderer, Samples.groupShape(ChartSpec.Style.VIOLIN), 500, 260);
        Color violinFill = Theme.tint(Theme.series(0), 0.6);
        assertThat(Drawing.pixelsOf(violin, violinFill)).isGreaterThan(3 * Drawing.pixelsOf(box, violinFill));
    }

    @Test
    void violin_outline_is_cut_at_the_groups_min_and_max() {
        var s = new Distribution.Summary(10, 5, 1, 2, 4, 5, 6, 8);
        var g = new Distribution.Group("g", s, List.of(0.0, 1.0, 3.0, 5.0, 7.0, 9.0, 10.0),
                List.of(0.0, 0.1, 0.2, 0.4, 0.2, 0.1, 0.0));
        List<GroupShapeRenderer.Point> pts = GroupShapeRenderer.outline(g);
        assertThat(pts.getFirst().value()).isEqualTo(2.0);
        assertThat(pts.getFirst().density()).isCloseTo(0.15, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(pts.getLast().value()).isEqualTo(8.0);
        assertThat(pts.stream().map(GroupShapeRenderer.Point::value)).containsExactly(2.0, 3.0, 5.0, 7.0, 8.0);
    }

    @Test
    void scatter_holds_points_per_group_and_the_centroids() {
        ChartSpec.Scatter spec = Samples.scatter();
        XYPlot plot = (XYPlot) renderer.chart(spec, APPENDIX).getPlot();
        XYDataset points = plot.getDataset(0), centroids = plot.getDataset(1);
        assertThat(points.getSeriesCount()).isEqualTo(4);
        assertThat(points.getSeriesKey(3).toString()).isEqualTo("Big givers");
        assertThat(points.getItemCount(1)).isEqualTo(150);
        assertThat(points.getXValue(1, 7)).isEqualTo(spec.groups().get(1).xs().get(7));
        assertThat(centroids.getXValue(2, 0)).isEqualTo(-0.4);
        assertThat(centroids.getYValue(2, 0)).isEqualTo(1.4);
        assertThat(((Color) plot.getRenderer(0).getSeriesPaint(2)).getAlpha()).isLessThan(255);
    }

    @Test
    void treemap_groups_tiles_by_group_in_order() {
        JFreeChart chart = renderer.chart(Samples.treemap(), APPENDIX);
        TreemapPlot plot = (TreemapPlot) chart.getPlot();
        assertThat(plot.groups().stream().map(TreemapPlot.Group::name))
                .containsExactly("Madrid", "Barcelona", "Valencia", "Sevilla", "Bilbao", "Zaragoza");
        assertThat(plot.groups().getFirst().tiles().stream().map(ChartSpec.Tile::value)).containsExactly(101_920.0, 80_080.0);
        assertThat(plot.colouredByLabel()).isTrue();
        assertThat(chart.getLegend()).isNotNull();
        assertThat(plot.getLegendItems().getItemCount()).isEqualTo(2);
    }

    @Test
    void heatmap_holds_values_row_by_row_with_the_first_row_on_top() {
        ChartSpec.Heatmap spec = Samples.heatmap(false);
        XYPlot plot = (XYPlot) renderer.chart(spec, APPENDIX).getPlot();
        XYZDataset data = (XYZDataset) plot.getDataset();
        int cols = spec.columns().size();
        for (int r = 0; r < spec.rows().size(); r++) {
            for (int c = 0; c < cols; c++) {
                assertThat(data.getZValue(0, r * cols + c)).isEqualTo(spec.values().get(r).get(c));
            }
        }
        assertThat(plot.getRangeAxis().isInverted()).isTrue();
    }

    @Test
    void diverging_heatmap_is_centred_on_zero() {
        ColourScale scale = ColourScale.of(List.of(List.of(-0.1, 0.4)), true);
        assertThat(scale.getLowerBound()).isEqualTo(-0.4);
        assertThat(scale.getUpperBound()).isEqualTo(0.4);
        assertThat(scale.colour(0.0)).isEqualTo(new Color(0xF7, 0xF7, 0xF7));
        assertThat(scale.colour(Double.NaN)).isEqualTo(ColourScale.MISSING);
    }

    @Test
    void png_is_deterministic_and_drawn_at_the_requested_scale() throws IOException {
        for (ChartSpec spec : List.of(Samples.ranked(), Samples.scatter(), Samples.treemap(), Samples.donut())) {
            byte[] first = renderer.png(spec, 300, 180, 2);
            byte[] second = new ChartRenderer(Samples.EUR).png(spec, 300, 180, 2);
            assertThat(first).as(spec.id()).isEqualTo(second);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(first));
            assertThat(img.getWidth()).isEqualTo(600);
            assertThat(img.getHeight()).isEqualTo(360);
        }
    }

    @Test
    void png_rejects_a_size_it_cannot_draw() {
        assertThatThrownBy(() -> renderer.png(Samples.donut(), 0, 100, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("platform-share").hasMessageContaining("0x100");
    }

    @Test
    void the_palette_is_exposed_as_hex_and_is_the_one_charts_use() {
        assertThat(ChartRenderer.PALETTE).hasSize(8).allMatch(h -> h.matches("#[0-9A-F]{6}"));
        assertThat(Color.decode(ChartRenderer.PALETTE.get(0))).isEqualTo(Theme.series(0));
        assertThat(Color.decode(ChartRenderer.ACCENT)).isEqualTo(Theme.ACCENT);
    }

    @Test
    void no_theme_font_is_below_seven_points_at_the_executive_size() {
        Theme theme = Theme.forWidth(Samples.EUR, 250);
        for (var font : List.of(theme.titleFont(), theme.tickFont(), theme.axisLabelFont(), theme.legendFont(),
                theme.valueLabelFont(), theme.emphasisFont())) {
            assertThat(font.getSize2D()).isGreaterThanOrEqualTo(7f);
            assertThat(font.getFamily()).isEqualTo("DejaVu Sans");
        }
    }

    /** Degenerate inputs: every kind must still draw (a title and "No data" at least) and never throw. */
    static List<ChartSpec> degenerate() {
        List<Double> nan = List.of(Double.NaN, Double.NaN);
        var nanSummary = new Distribution.Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN);
        List<ChartSpec> specs = new ArrayList<>();
        for (Layout layout : Layout.values()) {
            specs.add(new ChartSpec.Bar("empty-" + layout, "Empty", layout, List.of(), List.of(), ValueKind.MONEY, null, "x"));
            specs.add(new ChartSpec.Bar("nan-" + layout, "NaN", layout, List.of("a", "b"),
                    List.of(new Series("s", nan)), ValueKind.SHARE, "v", null));
            specs.add(new ChartSpec.Bar("short-" + layout, "Short series", layout, List.of("a", "b", "c"),
                    List.of(new Series("s", List.of(1.0))), ValueKind.COUNT, null, null));
            specs.add(new ChartSpec.Bar("zero-" + layout, "Zeros", layout, List.of("a", "b"),
                    List.of(new Series("s", List.of(0.0, 0.0)), new Series("t", List.of(0.0, -1.0))), ValueKind.NUMBER, null, "a"));
        }
        specs.add(new ChartSpec.Donut("donut-zero", "Zero total", List.of("a", "b"), List.of(0.0, 0.0), ValueKind.COUNT, "a"));
        specs.add(new ChartSpec.Donut("donut-nan", "NaN", List.of("a", "b"), nan, ValueKind.COUNT, null));
        specs.add(new ChartSpec.Donut("donut-empty", "Empty", List.of(), List.of(), ValueKind.COUNT, null));
        specs.add(new ChartSpec.Line("line-empty", "Empty", List.of(), new Series("s", List.of()), ValueKind.MONEY,
                new Series("t", List.of()), null, "x"));
        specs.add(new ChartSpec.Line("line-nan", "NaN", List.of("2024", "2025"), new Series("s", nan), ValueKind.MONEY,
                null, null, null));
        specs.add(new ChartSpec.Line("line-one", "One", List.of("2025"), new Series("s", List.of(3.0)), ValueKind.SHARE,
                null, null, "2025"));
        specs.add(new ChartSpec.Histogram("hist-empty", "Empty", "x", List.of(), List.of(), List.of(), List.of()));
        specs.add(new ChartSpec.Histogram("hist-zero", "Zero counts", "x", List.of(0.0, 1.0, 2.0), List.of(0L, 0L),
                List.of(0.5, 1.5), List.of(0.5, 0.5)));
        specs.add(new ChartSpec.Histogram("hist-bad-edges", "Mismatched", "x", List.of(0.0, Double.NaN), List.of(5L, 6L),
                List.of(Double.NaN), List.of(1.0)));
        specs.add(new ChartSpec.GroupShape("box-nan", "NaN", ChartSpec.Style.BOX, null,
                List.of(new Distribution.Group("g", nanSummary, List.of(), List.of()))));
        specs.add(new ChartSpec.GroupShape("violin-nan", "NaN", ChartSpec.Style.VIOLIN, null,
                List.of(new Distribution.Group("g", nanSummary, List.of(1.0, 2.0), List.of(Double.NaN, 0.3)))));
        specs.add(new ChartSpec.GroupShape("violin-empty", "Empty", ChartSpec.Style.VIOLIN, null, List.of()));
        specs.add(new ChartSpec.Scatter("scatter-empty", "Empty", "x", "y", List.of()));
        specs.add(new ChartSpec.Scatter("scatter-nan", "NaN", null, null, List.of(new ChartSpec.PointGroup("g",
                nan, List.of(1.0), Double.NaN, Double.NaN))));
        specs.add(new ChartSpec.Treemap("treemap-empty", "Empty", List.of(), ValueKind.MONEY));
        specs.add(new ChartSpec.Treemap("treemap-zero", "Zero", List.of(new ChartSpec.Tile("a", "x", 0),
                new ChartSpec.Tile(null, null, Double.NaN), new ChartSpec.Tile("b", "y", -3)), ValueKind.MONEY));
        specs.add(new ChartSpec.Treemap("treemap-one", "One", List.of(new ChartSpec.Tile("a", "x", 5)), null));
        specs.add(new ChartSpec.Heatmap("heat-empty", "Empty", "r", "c", List.of(), List.of(), List.of(), ValueKind.COUNT, false));
        specs.add(new ChartSpec.Heatmap("heat-nan", "NaN", null, null, List.of("a"), List.of("x", "y"),
                List.of(nan), ValueKind.SHARE, true));
        specs.add(new ChartSpec.Heatmap("heat-ragged", "Ragged", null, null, List.of("a", "b"), List.of("x", "y"),
                List.of(List.of(1.0)), ValueKind.COUNT, false));
        return specs;
    }

    @ParameterizedTest
    @MethodSource("degenerate")
    void degenerate_input_draws_something_and_never_throws(ChartSpec spec) {
        BufferedImage img = Drawing.draw(renderer, spec, 250, 160);
        assertThat(Drawing.inked(img)).as(spec.id()).isGreaterThan(50);
        assertThat(renderer.png(spec, 120, 80, 1)).isNotEmpty();
    }

    private static List<String> columnLabels(CategoryDataset data) {
        return IntStream.range(0, data.getColumnCount()).mapToObj(i -> data.getColumnKey(i).toString()).toList();
    }

    private static List<Double> rowValues(CategoryDataset data, int row) {
        return IntStream.range(0, data.getColumnCount()).mapToObj(c -> data.getValue(row, c))
                .map(v -> v == null ? Double.NaN : v.doubleValue()).toList();
    }

    private static List<String> subtitles(JFreeChart chart) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) out.add(t.getText());
        }
        return out;
    }

    @Test
    void centroids_close_together_are_named_in_a_legend_not_in_labels_that_would_overlap() {
        List<Double> xs = List.of(0.0, 100.0, 20000.0);
        List<Double> ys = List.of(0.0, 10.0, 250.0);
        var near = new ChartSpec.Scatter("near", "Near", "Spend", "Orders", List.of(
                new ChartSpec.PointGroup("Typical customers", xs, ys, 1700, 15),
                new ChartSpec.PointGroup("Low spending · Few orders", xs, ys, 230, 3)));
        var apart = new ChartSpec.Scatter("apart", "Apart", "Spend", "Orders", List.of(
                new ChartSpec.PointGroup("Typical customers", xs, ys, 1700, 15),
                new ChartSpec.PointGroup("Big spenders", xs, ys, 18000, 200)));

        JFreeChart n = renderer.chart(near, new Rectangle2D.Double(0, 0, 500, 300));
        JFreeChart a = renderer.chart(apart, new Rectangle2D.Double(0, 0, 500, 300));

        assertThat(ScatterChartBuilder.labelsFit(near)).isFalse();
        assertThat(n.getLegend()).isNotNull();
        assertThat(n.getXYPlot().getRenderer(1).getDefaultItemLabelsVisible()).isFalse();
        assertThat(n.getXYPlot().getLegendItems().getItemCount()).isEqualTo(2);  // the centroids only
        assertThat(ScatterChartBuilder.labelsFit(apart)).isTrue();
        assertThat(a.getLegend()).isNull();
        assertThat(a.getXYPlot().getRenderer(1).getDefaultItemLabelsVisible()).isTrue();
    }
}
