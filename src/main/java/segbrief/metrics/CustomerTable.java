package segbrief.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One row per customer, ordered by customer id: the numeric features clustering works on, the customer's total
 * of the primary measure, and each dimension's most frequent value. Arrays are copied in and never changed.
 *
 * @param ids            customer ids as text, one per row
 * @param features       feature names, one per column of {@code values}
 * @param values         {@code values[row][feature]}; NaN where the customer has no value
 * @param primaryMeasure per customer, the sum of the amount column; all NaN when there is no amount column
 * @param dimensions     per dimension column, one value per customer (aligned with {@code ids})
 */
public record CustomerTable(List<String> ids, List<String> features, double[][] values, double[] primaryMeasure,
                            Map<String, List<String>> dimensions) {
    public CustomerTable {
        ids = List.copyOf(ids);
        features = List.copyOf(features);
        if (values.length != ids.size() || primaryMeasure.length != ids.size()) {
            throw new IllegalArgumentException("%,d ids but %,d value rows and %,d measures"
                    .formatted(ids.size(), values.length, primaryMeasure.length));
        }
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) {
            if (values[i].length != features.size()) {
                throw new IllegalArgumentException("row %,d has %d values for %d features"
                        .formatted(i, values[i].length, features.size()));
            }
            copy[i] = values[i].clone();
        }
        values = copy;
        primaryMeasure = primaryMeasure.clone();
        var dims = new LinkedHashMap<String, List<String>>();
        for (var e : dimensions.entrySet()) {
            if (e.getValue().size() != ids.size()) {
                throw new IllegalArgumentException("dimension \"%s\" has %,d values for %,d customers"
                        .formatted(e.getKey(), e.getValue().size(), ids.size()));
            }
            dims.put(e.getKey(), List.copyOf(e.getValue()));
        }
        dimensions = java.util.Collections.unmodifiableMap(dims);
    }

    public int size() { return ids.size(); }

    /** True when the table carries a primary measure (an amount column was given). */
    public boolean hasPrimaryMeasure() {
        for (double m : primaryMeasure) if (!Double.isNaN(m)) return true;
        return false;
    }

    /** A copy of the values; the record's accessor would hand out the internal array. */
    @Override
    public double[][] values() {
        double[][] copy = new double[values.length][];
        for (int i = 0; i < values.length; i++) copy[i] = values[i].clone();
        return copy;
    }

    @Override
    public double[] primaryMeasure() { return primaryMeasure.clone(); }
}
