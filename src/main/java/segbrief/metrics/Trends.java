package segbrief.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.Trend;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;
import segbrief.spec.BriefSpec;

/**
 * Trends of the primary measure: the grains to show (years for two years of data and more, months for two months
 * and more, or as the spec says), and per grain query "trend sums by GRAIN": rows, sum and sum of squares per
 * period. Customers per period come from the shared distinct-customer pass, keyed by {@link #periodKey}.
 */
final class Trends {
    private final Engine engine;
    private final String view;
    private final Ingested data;
    private final BriefSpec spec;

    Trends(Engine engine, String view, Ingested data, BriefSpec spec) {
        this.engine = engine;
        this.view = view;
        this.data = data;
        this.spec = spec;
    }

    /** Rows and primary sum of one trend period, which starts on {@code start} (2023-01-01). */
    record PeriodSum(String start, long count, double sum, double sumSquares) {}

    /** The grains a brief over {@code from} to {@code to} shows. */
    List<String> grains(LocalDate from, LocalDate to) {
        List<String> grains = new ArrayList<>();
        if (data.dateColumn() == null || from == null || "none".equals(spec.trend())) return grains;
        if (data.yearsOnly()) {
            grains.add("year");
        } else if (!"auto".equals(spec.trend())) {
            grains.add(spec.trend());
        } else {
            long days = ChronoUnit.DAYS.between(from, to);
            if (days >= 2 * 365) grains.add("year");
            if (days >= 60) grains.add("month");
        }
        for (var q : spec.questions()) {
            if (q.isTrend() && !grains.contains(q.trend()) && !(data.yearsOnly() && !q.trend().equals("year"))) grains.add(q.trend());
        }
        return grains;
    }

    /**
     * Per grain, its periods in time order; {@code measure} is the primary measure's exact SQL, {@code squares} the
     * aggregate summing its squares.
     */
    Map<String, List<PeriodSum>> sums(List<String> grains, String measure, String squares) {
        Map<String, List<PeriodSum>> out = new LinkedHashMap<>();
        for (String grain : grains) out.put(grain, sums(grain, measure, squares));
        return out;
    }

    /**
     * Grouped by the period's first day as a date (text made per row would double the cost); the sum of squares
     * gives the test of one period against another its variance.
     */
    List<PeriodSum> sums(String grain, String measure, String squares) {
        var sql = engine.dialect();
        String d = data.dateColumn();
        List<PeriodSum> points = new ArrayList<>();
        try (Rows r = engine.query("trend sums by " + grain, """
                SELECT %s AS p, count(*), COALESCE(sum(%s), 0), COALESCE(%s, 0) FROM %s
                WHERE %s IS NOT NULL GROUP BY p ORDER BY p""".formatted(sql.truncDate(grain, d), measure, squares, view, d))) {
            while (r.next()) {
                points.add(new PeriodSum(r.getDate(1).toString(), r.getLong(2), r.getDouble(3),
                        MetricsEngine.roundVariance(r.getDouble(4))));
            }
        }
        return points;
    }

    /** Every period from the first to the last (gaps included), its place found by date arithmetic, not by text. */
    DistinctCustomers.Keyed periodKey(String grain, List<PeriodSum> points) {
        List<String> values = new ArrayList<>();
        String position = "NULL";
        if (!points.isEmpty()) {
            LocalDate first = LocalDate.parse(points.getFirst().start());
            LocalDate last = LocalDate.parse(points.getLast().start());
            for (LocalDate p = first; !p.isAfter(last); p = next(grain, p)) values.add(p.toString());
            // integer arithmetic on the date's parts: cheaper per row than truncating and differencing dates
            String d = data.dateColumn();
            position = switch (grain) {
                case "year" -> "year(" + d + ") - " + (first.getYear() - 1);
                case "quarter" -> "year(" + d + ") * 4 + quarter(" + d + ") - " + (first.getYear() * 4 + (first.getMonthValue() - 1) / 3);
                default -> "year(" + d + ") * 12 + month(" + d + ") - " + (first.getYear() * 12 + first.getMonthValue() - 1);
            };
        }
        return DistinctCustomers.Keyed.byPosition(position, values);
    }

    static LocalDate next(String grain, LocalDate p) {
        return switch (grain) {
            case "year" -> p.plusYears(1);
            case "quarter" -> p.plusMonths(3);
            default -> p.plusMonths(1);
        };
    }

    /** @param customers customers per period start, for each grain in the order of {@code periods} */
    List<Trend> trends(Map<String, List<PeriodSum>> periods, List<Map<String, Long>> customers) {
        List<Trend> out = new ArrayList<>();
        int k = 0;
        for (var e : periods.entrySet()) {
            String grain = e.getKey();
            Map<String, Long> byPeriod = customers.get(k++);
            List<Trend.Point> points = new ArrayList<>();
            for (PeriodSum p : e.getValue()) {
                long c = spec.customerId() == null ? p.count() : byPeriod.getOrDefault(p.start(), 0L);
                points.add(new Trend.Point(periodLabel(grain, LocalDate.parse(p.start())), p.count(), c, p.sum(), p.sumSquares()));
            }
            if (points.size() >= 2) out.add(new Trend(grain, spec.primary().column().name(), points, null));
        }
        return out;
    }

    /** 2023, 2023-Q1 or 2023-01: the period's name in the brief's figures (not a display label). */
    static String periodLabel(String grain, LocalDate p) {
        return switch (grain) {
            case "year" -> String.valueOf(p.getYear());
            case "quarter" -> p.getYear() + "-Q" + ((p.getMonthValue() - 1) / 3 + 1);
            default -> String.format("%d-%02d", p.getYear(), p.getMonthValue());
        };
    }
}
