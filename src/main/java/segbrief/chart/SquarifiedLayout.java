package segbrief.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Squarified treemap layout (Bruls, Huizing, van Wijk, "Squarified Treemaps", 2000): values, largest first, are
 * laid in rows along the shorter side of the space left, and a row is closed as soon as adding the next value
 * would make its worst aspect ratio worse. Each rectangle's area is proportional to its value and together they
 * tile the area exactly (the last rectangle of each row and the last row absorb rounding).
 */
final class SquarifiedLayout {
    private SquarifiedLayout() {}

    /**
     * One rectangle per value, in the order of {@code values}. Values that are zero, negative or NaN get an empty
     * rectangle at the area's origin; if none is positive, all are empty.
     */
    static List<Rectangle2D> layout(List<Double> values, Rectangle2D area) {
        Rectangle2D[] out = new Rectangle2D[values.size()];
        Arrays.setAll(out, i -> new Rectangle2D.Double(area.getX(), area.getY(), 0, 0));
        List<Integer> order = IntStream.range(0, values.size()).boxed()
                .filter(i -> values.get(i) > 0 && Double.isFinite(values.get(i)))
                .sorted(Comparator.comparing((Integer i) -> -values.get(i)).thenComparing(i -> i))
                .toList();
        double total = order.stream().mapToDouble(values::get).sum();
        if (order.isEmpty() || area.getWidth() <= 0 || area.getHeight() <= 0) return Arrays.asList(out);
        double unit = area.getWidth() * area.getHeight() / total;

        Rectangle2D free = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight());
        List<Integer> row = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            double side = Math.min(free.getWidth(), free.getHeight());
            if (row.isEmpty() || worst(row, i, values, unit, side) <= worst(row, -1, values, unit, side)) {
                row.add(i);
            } else {
                free = place(row, values, unit, free, out, false);
                row.clear();
                row.add(i);
            }
        }
        place(row, values, unit, free, out, true);
        return Arrays.asList(out);
    }

    /** Worst aspect ratio of {@code row} (plus {@code extra} if not -1) laid along a side of length {@code side}. */
    private static double worst(List<Integer> row, int extra, List<Double> values, double unit, double side) {
        double sum = 0, max = 0, min = Double.POSITIVE_INFINITY;
        for (int j = 0; j <= row.size(); j++) {
            int i = j < row.size() ? row.get(j) : extra;
            if (i < 0) continue;
            double a = values.get(i) * unit;
            sum += a;
            max = Math.max(max, a);
            min = Math.min(min, a);
        }
        double s2 = sum * sum, w2 = side * side;
        return Math.max(w2 * max / s2, s2 / (w2 * min));
    }

    /** Lays {@code row} along the shorter side of {@code free}; returns what is left (all of it if {@code last}). */
    private static Rectangle2D place(List<Integer> row, List<Double> values, double unit, Rectangle2D free,
                                     Rectangle2D[] out, boolean last) {
        double sum = row.stream().mapToDouble(i -> values.get(i) * unit).sum();
        boolean column = free.getWidth() >= free.getHeight();
        double length = column ? free.getHeight() : free.getWidth();
        double thick = last ? (column ? free.getWidth() : free.getHeight()) : Math.min(sum / length, column ? free.getWidth() : free.getHeight());
        double offset = 0;
        for (int j = 0; j < row.size(); j++) {
            int i = row.get(j);
            double span = j == row.size() - 1 ? length - offset : values.get(i) * unit / thick;
            out[i] = column
                    ? new Rectangle2D.Double(free.getX(), free.getY() + offset, thick, span)
                    : new Rectangle2D.Double(free.getX() + offset, free.getY(), span, thick);
            offset += span;
        }
        return column
                ? new Rectangle2D.Double(free.getX() + thick, free.getY(), free.getWidth() - thick, free.getHeight())
                : new Rectangle2D.Double(free.getX(), free.getY() + thick, free.getWidth(), free.getHeight() - thick);
    }
}
