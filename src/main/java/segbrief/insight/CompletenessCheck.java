package segbrief.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import segbrief.brief.Continuity;
import segbrief.metrics.Period;
import segbrief.metrics.PeriodCoverage;
import segbrief.spec.Completeness;

/**
 * Whether a period's data looks complete enough to send: it must reach to within {@code maxGapDays} of the
 * period's last day, and carry at least {@code minRowsRatio} of the usual rows per day (the median of the archived
 * periods of the same length, or of the data's earlier periods when the archive holds none).
 */
public final class CompletenessCheck {
    private CompletenessCheck() {}

    public static Continuity.Coverage check(PeriodCoverage c, Period period, List<Double> archivedRowsPerDay,
                                            Completeness limits, Locale locale) {
        boolean fromArchive = !archivedRowsPerDay.isEmpty();
        double expected = median(fromArchive ? archivedRowsPerDay : c.earlierRowsPerDay());
        LocalDate last = period.end().minusDays(1);
        String grain = period.grain() == null ? "period" : period.grain();
        String banner = null;
        if (c.dataEnds() == null) {
            banner = "No data in " + period.label() + ": the " + grain + " is incomplete";
        } else if (c.dataEnds().plusDays(limits.maxGapDays()).isBefore(last)) {
            banner = "Data ends on " + c.dataEnds().format(DateTimeFormatter.ofPattern("d MMM", locale)) + ": the " + grain
                    + " is incomplete";
        } else if (expected > 0 && c.rowsPerDay() < limits.minRowsRatio() * expected) {
            banner = String.format(locale, "%,.1f rows a day against %,.1f usually: the %s looks incomplete", c.rowsPerDay(),
                    expected, grain);
        }
        return new Continuity.Coverage(c.daysInPeriod(), c.daysWithData(), c.dataEnds(), c.rowsPerDay(), expected,
                Double.isNaN(expected) ? null : fromArchive ? "archive" : "data", banner == null, banner);
    }

    static double median(List<Double> values) {
        List<Double> v = new ArrayList<>();
        for (Double d : values) if (d != null && !d.isNaN()) v.add(d);
        if (v.isEmpty()) return Double.NaN;
        Collections.sort(v);
        int n = v.size();
        return n % 2 == 1 ? v.get(n / 2) : (v.get(n / 2 - 1) + v.get(n / 2)) / 2;
    }
}
