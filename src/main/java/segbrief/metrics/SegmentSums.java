package segbrief.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/**
 * Query "segment sums": rows, sums, means and values (blanks left out) of every measure, and the primary measure's
 * variance, per segment of every dimension and per cell of every pair of dimensions asked for, in one GROUPING SETS
 * pass. Distinct customers and medians are holistic (no partial results to combine) and have their own queries.
 */
final class SegmentSums {
    static final String NAME = "segment sums";

    private SegmentSums() {}

    /** One segment's figures; arrays hold one entry per measure. */
    record Sums(long rows, double[] sum, double[] mean, long[] values, double variance) {}

    /** One cell of a pair of dimensions: the primary measure's sum, values and variance, and the rows. */
    record Cell(double sum, long rows, long values, double variance) {}

    /**
     * @param bySegment per dimension (by place), per segment: the sums
     * @param byPair    per pair of dimensions (lower place first), per pair of segments: the cell
     */
    record Result(Map<Integer, Map<String, Sums>> bySegment, Map<List<Integer>, Map<List<String>, Cell>> byPair) {
        Map<String, Sums> of(int dimension) {
            return bySegment.getOrDefault(dimension, Map.of());
        }

        Map<List<String>, Cell> of(int a, int b) {
            return byPair.getOrDefault(List.of(a, b), Map.of());
        }
    }

    /** @param pairs the pairs of dimension places (lower first) to sum per cell as well */
    static Result run(Engine engine, SegmentRows rows, SegmentKeys keys, int primary, List<List<Integer>> pairs) {
        int n = rows.dimensions();
        int measures = rows.measures();
        List<String> d = keys.names();
        String perMeasure = IntStream.range(0, measures).mapToObj(j -> "sum(m" + j + "), avg(m" + j + ")")
                .collect(Collectors.joining(", "));
        String values = IntStream.range(0, measures).mapToObj(j -> "count(m" + j + ")").collect(Collectors.joining(", "));
        List<String> sets = new ArrayList<>();
        for (String k : d) sets.add("(" + k + ")");
        for (List<Integer> p : pairs) sets.add("(d" + p.get(0) + ", d" + p.get(1) + ")");
        String sql = """
                SELECT %s AS g, %s, count(*) AS n, %s, %s, var_samp(m%d)
                FROM (%s)
                GROUP BY GROUPING SETS (%s)""".formatted(engine.dialect().groupingId(d), String.join(", ", d), perMeasure,
                values, primary, rows.sql(), String.join(", ", sets));
        Map<Integer, Map<String, Sums>> bySegment = new LinkedHashMap<>();
        Map<List<Integer>, Map<List<String>, Cell>> byPair = new LinkedHashMap<>();
        try (Rows r = engine.query(NAME, sql)) {
            while (r.next()) {
                long g = r.getLong(1);
                List<Integer> grouped = new ArrayList<>();
                for (int i = 0; i < n; i++) if ((g & (1L << (n - 1 - i))) == 0) grouped.add(i);
                int base = 2 + n;
                long count = r.getLong(base);
                int valuesAt = base + 1 + 2 * measures;
                double variance = MetricsEngine.roundVariance(num(r, valuesAt + measures));
                if (grouped.size() == 1) {
                    int i = grouped.getFirst();
                    double[] sum = new double[measures];
                    double[] mean = new double[measures];
                    long[] nonBlank = new long[measures];
                    for (int j = 0; j < measures; j++) {
                        sum[j] = num(r, base + 1 + 2 * j);
                        mean[j] = num(r, base + 2 + 2 * j);
                        nonBlank[j] = r.getLong(valuesAt + j);
                    }
                    bySegment.computeIfAbsent(i, k -> new LinkedHashMap<>())
                            .put(keys.segment(i, r.getString(2 + i)), new Sums(count, sum, mean, nonBlank, variance));
                } else if (grouped.size() == 2) {
                    int a = grouped.get(0);
                    int b = grouped.get(1);
                    byPair.computeIfAbsent(List.of(a, b), x -> new LinkedHashMap<>())
                            .put(List.of(keys.segment(a, r.getString(2 + a)), keys.segment(b, r.getString(2 + b))),
                                    new Cell(num(r, base + 1 + 2 * primary), count, r.getLong(valuesAt + primary), variance));
                }
            }
        }
        return new Result(bySegment, byPair);
    }

    static double num(Rows r, int i) {
        double v = r.getDouble(i);
        return r.wasNull() ? Double.NaN : v;
    }
}
