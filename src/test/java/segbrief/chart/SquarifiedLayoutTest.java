package segbrief.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SquarifiedLayoutTest {
    private static final Rectangle2D AREA = new Rectangle2D.Double(10, 20, 600, 400);

    @Test
    void areas_are_proportional_to_values() {
        List<Double> values = List.of(6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0);
        List<Rectangle2D> rects = SquarifiedLayout.layout(values, AREA);
        double total = values.stream().mapToDouble(Double::doubleValue).sum();
        for (int i = 0; i < values.size(); i++) {
            assertThat(area(rects.get(i))).isCloseTo(values.get(i) / total * area(AREA), offset(1e-6));
        }
    }

    @Test
    void rectangles_tile_the_area_exactly_without_overlap_for_random_inputs() {
        Random r = new Random(42);
        for (int run = 0; run < 50; run++) {
            List<Double> values = new ArrayList<>();
            int n = 1 + r.nextInt(40);
            for (int i = 0; i < n; i++) values.add(Math.pow(10, r.nextDouble() * 4));
            Rectangle2D area = new Rectangle2D.Double(r.nextDouble() * 50, r.nextDouble() * 50,
                    20 + r.nextDouble() * 600, 20 + r.nextDouble() * 400);
            List<Rectangle2D> rects = SquarifiedLayout.layout(values, area);

            assertThat(rects.stream().mapToDouble(SquarifiedLayoutTest::area).sum())
                    .isCloseTo(area(area), offset(area(area) * 1e-9));
            for (Rectangle2D a : rects) {
                assertThat(a.getMinX()).isGreaterThanOrEqualTo(area.getMinX() - 1e-9);
                assertThat(a.getMinY()).isGreaterThanOrEqualTo(area.getMinY() - 1e-9);
                assertThat(a.getMaxX()).isLessThanOrEqualTo(area.getMaxX() + 1e-9);
                assertThat(a.getMaxY()).isLessThanOrEqualTo(area.getMaxY() + 1e-9);
            }
            for (int i = 0; i < rects.size(); i++) {
                for (int j = i + 1; j < rects.size(); j++) {
                    Rectangle2D overlap = rects.get(i).createIntersection(rects.get(j));
                    double shared = overlap.isEmpty() ? 0 : area(overlap);
                    assertThat(shared).as("run %d tiles %d and %d", run, i, j).isLessThan(1e-6);
                }
            }
        }
    }

    @Test
    void the_paper_example_gives_squarish_tiles() {
        // Bruls et al. 2000, figure 4: values 6,6,4,3,2,2,1 in a 6 x 4 rectangle
        List<Rectangle2D> rects = SquarifiedLayout.layout(List.of(6.0, 6.0, 4.0, 3.0, 2.0, 2.0, 1.0),
                new Rectangle2D.Double(0, 0, 6, 4));
        assertThat(rects.get(0)).isEqualTo(new Rectangle2D.Double(0, 0, 3, 2));
        assertThat(rects.get(1)).isEqualTo(new Rectangle2D.Double(0, 2, 3, 2));
        for (Rectangle2D rect : rects) {
            double aspect = Math.max(rect.getWidth() / rect.getHeight(), rect.getHeight() / rect.getWidth());
            assertThat(aspect).isLessThan(3.0);
        }
    }

    @Test
    void results_follow_the_input_order_whatever_the_sort() {
        List<Rectangle2D> rects = SquarifiedLayout.layout(List.of(1.0, 9.0), new Rectangle2D.Double(0, 0, 10, 1));
        assertThat(area(rects.get(0))).isCloseTo(1.0, offset(1e-9));
        assertThat(area(rects.get(1))).isCloseTo(9.0, offset(1e-9));
    }

    @Test
    void zero_negative_and_nan_values_get_empty_rectangles() {
        List<Rectangle2D> rects = SquarifiedLayout.layout(List.of(0.0, 5.0, -2.0, Double.NaN), AREA);
        assertThat(area(rects.get(1))).isCloseTo(area(AREA), offset(1e-6));
        assertThat(area(rects.get(0))).isZero();
        assertThat(area(rects.get(2))).isZero();
        assertThat(area(rects.get(3))).isZero();
        assertThat(SquarifiedLayout.layout(List.of(), AREA)).isEmpty();
        assertThat(SquarifiedLayout.layout(List.of(0.0, 0.0), AREA)).allMatch(Rectangle2D::isEmpty);
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }
}
