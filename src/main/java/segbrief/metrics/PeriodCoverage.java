package segbrief.metrics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;

/**
 * How much of a calendar period the data covers: days with rows, the last date with rows, rows per calendar day,
 * and the rows per day of each whole earlier period of the same length in the data (the yardstick when there is
 * no archive).
 *
 * @param earlierRowsPerDay rows per calendar day of every earlier period of the same grain, oldest first
 */
public record PeriodCoverage(long daysInPeriod, long daysWithData, LocalDate dataEnds, long rows,
                             List<Double> earlierRowsPerDay) {
    public PeriodCoverage {
        earlierRowsPerDay = List.copyOf(earlierRowsPerDay);
    }

    public double rowsPerDay() {
        return daysInPeriod == 0 ? Double.NaN : (double) rows / daysInPeriod;
    }

    /** Reads the period's coverage; empty for all data, years-only dates or no date column. */
    public static java.util.Optional<PeriodCoverage> measure(Engine engine, Ingested data, Period period) {
        if (period.isAll() || data.dateColumn() == null || data.yearsOnly()) return java.util.Optional.empty();
        String d = data.dateColumn();
        {
            long rows;
            long days;
            LocalDate ends;
            try (Rows r = engine.query("period coverage", "SELECT count(*), count(DISTINCT CAST(" + d + " AS DATE)), max(CAST(" + d
                    + " AS DATE)) FROM " + MetricsEngine.VIEW)) {
                r.next();
                rows = r.getLong(1);
                days = r.getLong(2);
                ends = r.getDate(3);
            }
            List<Double> earlier = new ArrayList<>();
            String unit = switch (period.grain()) {
                case "year" -> "year";
                case "quarter" -> "quarter";
                default -> "month";
            };
            try (Rows r = engine.query("rows per earlier period", "SELECT " + engine.dialect().truncDate(unit, d) + " AS p, count(*) FROM (SELECT "
                    + data.projection() + " FROM " + data.table() + ") WHERE " + d + " < DATE '" + period.start()
                    + "' AND " + d + " IS NOT NULL GROUP BY p ORDER BY p")) {
                while (r.next()) {
                    LocalDate start = r.getDate(1);
                    earlier.add(r.getLong(2) / (double) ChronoUnit.DAYS.between(start, next(start, unit)));
                }
            }
            return java.util.Optional.of(new PeriodCoverage(ChronoUnit.DAYS.between(period.start(), period.end()), days, ends,
                    rows, earlier));
        }
    }

    private static LocalDate next(LocalDate start, String unit) {
        return switch (unit) {
            case "year" -> start.plusYears(1);
            case "quarter" -> start.plusMonths(3);
            default -> start.plusMonths(1);
        };
    }
}
