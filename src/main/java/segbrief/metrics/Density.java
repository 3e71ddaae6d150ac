package segbrief.metrics;

import java.util.List;

/**
 * A column's kernel density estimate over every value: the curve drawn over its histogram, evaluated at {@code x}.
 */
public record Density(String column, List<Double> x, List<Double> y) {
    public Density {
        x = List.copyOf(x);
        y = List.copyOf(y);
    }
}
