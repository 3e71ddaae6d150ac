package segbrief.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import segbrief.brief.ChartSpec;
import segbrief.brief.Continuity;
import segbrief.brief.CustomerScores;
import segbrief.brief.Formats;
import segbrief.brief.PreviousScores;
import segbrief.brief.ValueKind;

/**
 * Who moved: customers present in both periods counted by their RFM segment (or cluster) then and now. The largest
 * movement between different groups is stated when it is larger than independence of then and now would give
 * (a Poisson z on the cell, Bonferroni over every off-diagonal cell).
 */
public final class Movements {
    private Movements() {}

    public static List<Continuity.Movement> of(CustomerScores now, PreviousScores before, Formats f) {
        List<Continuity.Movement> out = new ArrayList<>();
        if (now == null || before == null) return out;
        movement("rfm", "RFM segment", now, i -> now.rfmSegments().get(i), before.rfmSegments()::get, before.period(), f)
                .ifPresent(out::add);
        movement("clusters", "Cluster", now, i -> now.clusterId(i) == 0 ? "" : String.valueOf(now.clusterId(i)),
                id -> before.clusters().containsKey(id) ? String.valueOf(before.clusters().get(id)) : null, before.period(), f)
                .ifPresent(out::add);
        return out;
    }

    private static java.util.Optional<Continuity.Movement> movement(String kind, String what, CustomerScores now,
                                                                    IntFunction<String> current,
                                                                    java.util.function.Function<String, String> previous,
                                                                    String period, Formats f) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        for (int i = 0; i < now.size(); i++) {
            String to = current.apply(i);
            if (to == null || to.isEmpty()) continue;
            String from = previous.apply(now.ids().get(i));
            if (from == null || from.isEmpty()) continue;
            counts.computeIfAbsent(from, k -> new TreeMap<>()).merge(to, 1L, Long::sum);
        }
        if (counts.isEmpty()) return java.util.Optional.empty();
        List<Continuity.Flow> flows = new ArrayList<>();
        counts.forEach((from, m) -> m.forEach((to, n) -> flows.add(new Continuity.Flow(from, to, n))));
        flows.sort(Comparator.comparingLong(Continuity.Flow::customers).reversed().thenComparing(Continuity.Flow::from)
                .thenComparing(Continuity.Flow::to));
        String largest = largest(flows, what, period, f);
        return java.util.Optional.of(new Continuity.Movement(kind, what + " movement since " + period, flows, largest,
                chart(kind, what, period, flows)));
    }

    /** The largest off-diagonal flow, when it beats independence; null otherwise. */
    static String largest(List<Continuity.Flow> flows, String what, String period, Formats f) {
        Map<String, Long> fromTotals = new TreeMap<>();
        Map<String, Long> toTotals = new TreeMap<>();
        long n = 0;
        for (var x : flows) {
            fromTotals.merge(x.from(), x.customers(), Long::sum);
            toTotals.merge(x.to(), x.customers(), Long::sum);
            n += x.customers();
        }
        long cells = (long) fromTotals.size() * toTotals.size() - flows.stream().filter(x -> x.from().equals(x.to())).count();
        for (var x : flows) {
            if (x.from().equals(x.to())) continue;
            double expected = (double) fromTotals.get(x.from()) * toTotals.get(x.to()) / n;
            double z = (x.customers() - expected) / Math.sqrt(expected);
            double p = StatTests.normalTwoSided(z);
            if (z <= 0 || p * Math.max(1, cells) >= ChangeTest.ALPHA) return null; // the largest did not pass
            String count = f.exact(x.customers(), ValueKind.COUNT);
            String of = f.exact(fromTotals.get(x.from()), ValueKind.COUNT);
            return what.equals("Cluster")
                    ? count + " customers moved from cluster " + x.from() + " to cluster " + x.to() + " (of " + of + " in cluster "
                    + x.from() + " in " + period + ")"
                    : count + " " + x.from() + " customers became " + x.to() + " (of " + of + " " + x.from() + " in " + period + ")";
        }
        return null;
    }

    private static ChartSpec chart(String kind, String what, String period, List<Continuity.Flow> flows) {
        TreeSet<String> from = new TreeSet<>();
        TreeSet<String> to = new TreeSet<>();
        for (var x : flows) {
            from.add(x.from());
            to.add(x.to());
        }
        List<String> rows = new ArrayList<>(from);
        List<String> columns = new ArrayList<>(to);
        List<List<Double>> values = new ArrayList<>();
        for (String r : rows) {
            List<Double> row = new ArrayList<>();
            for (String c : columns) {
                row.add((double) flows.stream().filter(x -> x.from().equals(r) && x.to().equals(c)).mapToLong(Continuity.Flow::customers).sum());
            }
            values.add(row);
        }
        return new ChartSpec.Heatmap("movement_" + kind, what + ": customers from " + period + " (rows) to now (columns)",
                what + " in " + period, what + " now", rows, columns, values, ValueKind.COUNT, false);
    }
}
