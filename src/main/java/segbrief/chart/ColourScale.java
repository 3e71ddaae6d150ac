package segbrief.chart;

import java.awt.Color;
import java.awt.Paint;
import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import org.jfree.chart.renderer.PaintScale;

/**
 * Colour-blind-safe scales for the heatmap: sequential light-to-dark blue (ColorBrewer Blues) from the smallest
 * to the largest value, or diverging orange–grey–blue (ColorBrewer PuOr/RdBu family) centred on zero. NaN is a
 * pale grey.
 */
final class ColourScale implements PaintScale, Serializable {
    @Serial
    private static final long serialVersionUID = 1L;
    static final Color MISSING = new Color(0xF2, 0xF2, 0xF2);
    private static final List<Color> BLUES = hex("#EFF3FF", "#C6DBEF", "#9ECAE1", "#6BAED6", "#3182BD", "#08519C");
    private static final List<Color> DIVERGING = hex("#B35806", "#F1A340", "#FEE0B6", "#F7F7F7", "#D1E5F0", "#67A9CF", "#2166AC");

    private final double lower;
    private final double upper;
    private final List<Color> stops;

    private ColourScale(double lower, double upper, List<Color> stops) {
        this.lower = lower;
        this.upper = upper;
        this.stops = stops;
    }

    /** A scale over the finite values in {@code values}; an empty or constant input still gives a usable scale. */
    static ColourScale of(List<List<Double>> values, boolean diverging) {
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (List<Double> row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
            }
        }
        if (lo > hi) { lo = 0; hi = 1; }
        if (diverging) {
            double m = Math.max(Math.abs(lo), Math.abs(hi));
            if (m == 0) m = 1;
            return new ColourScale(-m, m, DIVERGING);
        }
        if (lo == hi) { hi = lo + 1; }
        return new ColourScale(lo, hi, BLUES);
    }

    @Override
    public double getLowerBound() { return lower; }

    @Override
    public double getUpperBound() { return upper; }

    @Override
    public Paint getPaint(double value) {
        return colour(value);
    }

    Color colour(double value) {
        if (!Double.isFinite(value)) return MISSING;
        double t = Math.max(0, Math.min(1, (value - lower) / (upper - lower)));
        double pos = t * (stops.size() - 1);
        int i = Math.min(stops.size() - 2, (int) Math.floor(pos));
        double f = pos - i;
        Color a = stops.get(i), b = stops.get(i + 1);
        return new Color(mix(a.getRed(), b.getRed(), f), mix(a.getGreen(), b.getGreen(), f), mix(a.getBlue(), b.getBlue(), f));
    }

    /** Dark text on light cells, white on dark ones (relative luminance below 0.45). */
    static Color textOn(Color background) {
        double l = (0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue()) / 255;
        return l < 0.45 ? Color.WHITE : Theme.TEXT;
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    private static List<Color> hex(String... codes) {
        return java.util.Arrays.stream(codes).map(Color::decode).toList();
    }
}
