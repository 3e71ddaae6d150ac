package segbrief.metrics;

import java.time.LocalDate;
import segbrief.UserError;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.source.Ingested;

/**
 * Views "period view" ({@value MetricsEngine#VIEW}: the rows of the brief's period) and "previous period view"
 * ({@value #PREVIOUS}: the period of the same length before), over the ingested table; every other metric reads
 * them. Query "period span" gives the first and last date in the period.
 */
final class PeriodViews {
    static final String PREVIOUS = "facts_previous";

    private PeriodViews() {}

    /** (Re)creates the views of {@code period}; without a date column only "All data" has a view. */
    static void create(Engine engine, Ingested data, Period period) {
        var sql = engine.dialect();
        String base = "SELECT " + data.projection() + " FROM " + data.table();
        if (period.isAll() || data.dateColumn() == null) {
            if (!period.isAll()) {
                throw new UserError(UserError.Kind.USAGE, "--period " + period.label(),
                        "the spec has no date column to filter by", "add date: <column> to the spec");
            }
            engine.execute("period view", sql.createView(MetricsEngine.VIEW, base));
            return;
        }
        if (data.yearsOnly() && !"year".equals(period.grain())) {
            throw new UserError(UserError.Kind.USAGE, "--period " + period.label(),
                    "the date column holds years only", "use a year, e.g. --period 2023");
        }
        String d = data.dateColumn();
        engine.execute("period view", sql.createView(MetricsEngine.VIEW, "%s WHERE %s >= DATE '%s' AND %s < DATE '%s'"
                .formatted(base, d, period.start(), d, period.end())));
        engine.execute("previous period view", sql.createView(PREVIOUS, "%s WHERE %s >= DATE '%s' AND %s < DATE '%s'"
                .formatted(base, d, period.previousStart(), d, period.start())));
    }

    /** Rows in the period view. */
    static long rows(Engine engine) {
        return engine.scalar("period rows", "SELECT count(*) FROM " + MetricsEngine.VIEW);
    }

    /** The first and last date of {@code from} (a view or table); nulls without a date column. */
    static LocalDate[] span(Engine engine, String name, Ingested data, String from) {
        if (data.dateColumn() == null) return new LocalDate[2];
        String d = data.dateColumn();
        try (Rows r = engine.query(name, "SELECT min(%s), max(%s) FROM %s".formatted(d, d, from))) {
            return r.next() ? new LocalDate[]{r.getDate(1), r.getDate(2)} : new LocalDate[2];
        }
    }

    /** The label of the period before {@code period} ("2023", "2023-Q3", "2023-11"). */
    static String previousLabel(Period period) {
        LocalDate s = period.previousStart();
        return switch (period.grain()) {
            case "year" -> String.valueOf(s.getYear());
            case "quarter" -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
            default -> String.format("%d-%02d", s.getYear(), s.getMonthValue());
        };
    }
}
