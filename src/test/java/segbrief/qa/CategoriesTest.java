package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import segbrief.brief.ChartSpec;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Timings;
import segbrief.spec.SpecLoader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How many categories there are, and what they are called, never breaks the page, the tables or the appendix. */
class CategoriesTest {
    @TempDir
    Path dir;

    static final String SPEC = """
            title: Orders by category
            name: cats
            sources:
              - file: orders.csv
            customer_id: customer
            measures:
              - {column: amount, label: Revenue, kind: money, primary: true}
            dimensions: [category, channel]
            questions:
              - {dimension: category, top: 3}
              - {dimension: channel, split: category}
            """;

    /** Two orders per category, the amounts different per category so the ranking is total. */
    static String orders(List<String> categories) {
        StringBuilder s = new StringBuilder("order_id,customer,category,channel,amount\n");
        int id = 0;
        for (int i = 0; i < categories.size(); i++) {
            for (int j = 0; j < 2; j++) {
                id++;
                String c = categories.get(i);
                s.append(id).append(",C").append(id % 37).append(',').append('"').append(c.replace("\"", "\"\"")).append('"')
                        .append(',').append(j == 0 ? "Web" : "Store").append(',').append(10 + i * 1.5 + j).append('\n');
            }
        }
        return s.toString();
    }

    static String longName(int i) {
        String base = "Premium outdoor furniture and garden equipment, region " + i + " wholesale channel ";
        return (base + "x".repeat(80)).substring(0, 80);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("one category", List.of("Books")),
                Arguments.of("200 categories", IntStream.rangeClosed(1, 200).mapToObj(i -> String.format("Category %03d", i)).toList()),
                Arguments.of("80-character names", IntStream.rangeClosed(1, 6).mapToObj(CategoriesTest::longName).toList()),
                Arguments.of("unicode names", List.of("São Paulo", "Zürich", "Kraków", "Øresund", "Ελλάδα", "Москва")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void every_category_is_in_metrics_tables_and_appendix_and_the_page_stays_one_page(String name, List<String> categories) throws Exception {
        Qa.write(dir, "orders.csv", orders(categories));
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();

        assertThat(b.metrics().get("data").get("rows").asInt()).isEqualTo(categories.size() * 2);
        assertThat(b.segmentNames("category")).containsExactlyInAnyOrderElementsOf(categories);
        assertThat(b.segment("category", categories.getLast()).get("count").asInt()).isEqualTo(2);
        // ranked by revenue: the last category has the largest amounts
        assertThat(b.segmentNames("category").getFirst()).isEqualTo(categories.getLast());

        List<String> csv = Files.readAllLines(b.file("tables/segments_category.csv"));
        assertThat(csv).hasSize(categories.size() + 1);
        String appendix = b.pdfText("appendix.pdf").replaceAll("\\s+", "");
        List<String> absent = new ArrayList<>();
        for (String c : categories) if (!appendix.contains(c.replaceAll("\\s+", ""))) absent.add(c);
        assertThat(absent).as("categories missing from the appendix").isEmpty();
        String html = b.html().text();
        assertThat(html).contains(categories.getLast());
    }

    @Test
    void cjk_names_print_in_the_pdfs() {
        List<String> categories = List.of("São Paulo", "Zürich", "北京", "東京", "서울");
        Qa.write(dir, "orders.csv", orders(categories));
        Qa.Brief b = Qa.run("run", Qa.write(dir, "brief.yaml", SPEC).toString(), "--out", dir.resolve("out").toString()).ok();
        assertThat(b.segmentNames("category")).containsExactlyInAnyOrderElementsOf(categories);
        assertThat(b.html().text()).contains("서울");
        assertThat(b.pdfText("appendix.pdf")).contains("北京", "東京", "서울");
        assertThat(b.pdfText("executive.pdf")).contains("서울");
    }

    @Test
    void two_hundred_categories_chart_the_top_ones_and_other() {
        List<String> categories = IntStream.rangeClosed(1, 200).mapToObj(i -> String.format("Category %03d", i)).toList();
        Qa.write(dir, "orders.csv", orders(categories));
        Path spec = Qa.write(dir, "brief.yaml", SPEC);
        Qa.run("run", spec.toString(), "--out", dir.resolve("out").toString()).ok();
        // the charts are images: read what they draw from the same pipeline the CLI ran
        var brief = new BriefPipeline(new Timings()).compute(SpecLoader.load(spec), new BriefPipeline.Options(null, null, "1GB")).brief();
        ChartSpec.Bar ranked = (ChartSpec.Bar) brief.findings().getFirst().chart();
        List<String> cats = ranked.categories();
        assertThat(cats.size()).isBetween(4, 13);
        int shown = cats.size() - 1;
        // two customers each: below the minimum group size, so every bar is marked with its size
        assertThat(cats.subList(0, 3)).containsExactly("Category 200 (n = 2)", "Category 199 (n = 2)", "Category 198 (n = 2)");
        assertThat(cats.getLast()).isEqualTo("Other (" + (200 - shown) + ")");
        double total = 0;
        for (int i = 0; i < categories.size(); i++) total += 2 * (10 + i * 1.5) + 1;
        assertThat(ranked.series().getFirst().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(total, offset(1e-6));
        for (var f : brief.findings()) {
            if (f.chart() instanceof ChartSpec.Bar bar) {
                assertThat(bar.categories()).as(f.title()).hasSizeLessThanOrEqualTo(13);
                for (var se : bar.series()) assertThat(se.name()).doesNotStartWith("Category 0");
            }
        }
    }
}
