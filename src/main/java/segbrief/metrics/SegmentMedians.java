package segbrief.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import segbrief.engine.Engine;
import segbrief.engine.Rows;

/**
 * Medians of every measure per segment, as the engine's median (the mean of the two middle values when the count
 * is even). Query "distinct measure values" counts each measure's values; a measure with few (counts, ratings)
 * gets its medians from value counts per segment, all dimensions in one GROUPING SETS pass (query "segment medians
 * from value counts"); the others are sorted per dimension (query "segment medians of COLUMN").
 */
final class SegmentMedians {
    /** A measure with at most this many distinct values gets its medians from value counts, not by sorting. */
    static final int DISCRETE_VALUES = 512;
    /** The value-count pass stays below this many (segment, values) combinations. */
    private static final long COMBINATIONS = 500_000;

    private SegmentMedians() {}

    /**
     * @param medians  per dimension, per segment: one median per measure (NaN when it has no value)
     * @param distinct per measure: its distinct values over the rows
     */
    record Result(Map<Integer, Map<String, double[]>> medians, long[] distinct) {}

    /** @param segments per dimension (by place), the segments there are */
    static Result run(Engine engine, SegmentRows rows, SegmentKeys keys, Map<Integer, ? extends Collection<String>> segments) {
        int n = rows.dimensions();
        int measures = rows.measures();
        Map<Integer, Map<String, double[]>> out = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            Map<String, double[]> m = new LinkedHashMap<>();
            Collection<String> segs = segments.get(i);
            for (String seg : segs == null ? List.<String>of() : segs) {
                double[] nan = new double[measures];
                Arrays.fill(nan, Double.NaN);
                m.put(seg, nan);
            }
            out.put(i, m);
        }
        long[] distinct = new long[measures];
        try (Rows r = engine.query("distinct measure values", "SELECT 0, %s FROM (%s)".formatted(IntStream.range(0, measures)
                .mapToObj(j -> "count(DISTINCT m" + j + ")").collect(Collectors.joining(", ")), rows.sql()))) {
            r.next();
            for (int j = 0; j < measures; j++) distinct[j] = r.getLong(2 + j);
        }
        long segmentCount = segments.values().stream().mapToLong(Collection::size).sum();
        List<Integer> discrete = discrete(distinct, segmentCount);
        List<Integer> continuous = IntStream.range(0, measures).filter(j -> !discrete.contains(j)).boxed().toList();
        if (!discrete.isEmpty()) fromValueCounts(engine, rows, keys, discrete, out);
        if (!continuous.isEmpty()) {
            for (int i = 0; i < n; i++) sorted(engine, rows, keys, i, continuous, out.get(i));
        }
        return new Result(out, distinct);
    }

    /** The measures counted by value: fewest values first, while the value combinations per segment stay few. */
    static List<Integer> discrete(long[] distinct, long segments) {
        List<Integer> byValues = new ArrayList<>(IntStream.range(0, distinct.length).boxed().toList());
        byValues.sort(Comparator.comparingLong((Integer j) -> distinct[j]).thenComparingInt(j -> j));
        long combinations = Math.max(1, segments);
        List<Integer> out = new ArrayList<>();
        for (int j : byValues) {
            long values = distinct[j] + 1;  // and missing
            if (distinct[j] <= DISCRETE_VALUES && combinations * values <= COMBINATIONS) {
                out.add(j);
                combinations *= values;
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    /**
     * Value counts per segment of every dimension, all few-valued measures at once: GROUPING SETS ((d0, ma, mb),
     * (d1, ma, mb), ...), each measure's counts summed over the others.
     */
    private static void fromValueCounts(Engine engine, SegmentRows rows, SegmentKeys keys, List<Integer> discrete,
                                        Map<Integer, Map<String, double[]>> out) {
        int n = rows.dimensions();
        String ms = discrete.stream().map(j -> ", m" + j).collect(Collectors.joining());
        List<String> d = keys.names();
        String sets = d.stream().map(k -> "(" + k + ms + ")").collect(Collectors.joining(", "));
        String sql = "SELECT %s, %s%s, count(*) FROM (%s) GROUP BY GROUPING SETS (%s)".formatted(
                engine.dialect().groupingId(d), String.join(", ", d), ms, rows.sql(), sets);
        int nd = discrete.size();
        List<Map<Integer, Map<String, TreeMap<Double, Long>>>> counts = new ArrayList<>();
        for (int k = 0; k < nd; k++) counts.add(new LinkedHashMap<>());
        try (Rows r = engine.query("segment medians from value counts", sql)) {
            while (r.next()) {
                int i = SegmentKeys.firstGrouped(r.getLong(1), n);
                if (i < 0) continue;
                String seg = keys.segment(i, r.getString(2 + i));
                long count = r.getLong(2 + n + nd);
                for (int k = 0; k < nd; k++) {
                    double value = r.getDouble(2 + n + k);
                    if (r.wasNull()) continue;
                    counts.get(k).computeIfAbsent(i, x -> new LinkedHashMap<>())
                            .computeIfAbsent(seg, x -> new TreeMap<>()).merge(value, count, Long::sum);
                }
            }
        }
        for (int k = 0; k < nd; k++) {
            for (var byDim : counts.get(k).entrySet()) {
                for (var bySeg : byDim.getValue().entrySet()) {
                    double[] target = out.get(byDim.getKey()).get(bySeg.getKey());
                    if (target != null) target[discrete.get(k)] = medianOf(bySeg.getValue());
                }
            }
        }
    }

    /** The engine's median per segment of dimension {@code i}, for each of {@code measures}. */
    private static void sorted(Engine engine, SegmentRows rows, SegmentKeys keys, int i, List<Integer> measures,
                               Map<String, double[]> out) {
        String medians = measures.stream().map(j -> engine.dialect().median("m" + j)).collect(Collectors.joining(", "));
        try (Rows r = engine.query("segment medians of " + keys.dim(i).column(),
                "SELECT d%d, %s FROM (%s) GROUP BY d%d".formatted(i, medians, rows.sql(), i))) {
            while (r.next()) {
                double[] target = out.get(keys.segment(i, r.getString(1)));
                if (target == null) continue;
                for (int k = 0; k < measures.size(); k++) target[measures.get(k)] = SegmentSums.num(r, 2 + k);
            }
        }
    }

    /** The median of values given with their counts (ascending): the middle value, or the mean of the middle two. */
    static double medianOf(SortedMap<Double, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) return Double.NaN;
        long lo = (total - 1) / 2;
        long hi = total / 2;
        double loValue = Double.NaN;
        long seen = 0;
        for (var e : counts.entrySet()) {
            long next = seen + e.getValue();
            if (Double.isNaN(loValue) && lo < next) loValue = e.getKey();
            if (hi < next) return (loValue + e.getKey()) / 2;
            seen = next;
        }
        return loValue;
    }
}
