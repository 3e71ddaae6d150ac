package segbrief.cli;

import java.time.LocalDate;
import segbrief.metrics.RelativePeriod;

/**
 * The --period the pipeline runs: a relative one (previous-month) resolved against --as-of, or today's date when
 * none is given; this is the one place the clock enters, and only for a relative period.
 *
 * @param request the relative period as asked for, or null when --period named one
 * @param asOf    the date it was resolved against, or null
 */
record ResolvedPeriod(String period, String request, LocalDate asOf) {
    static ResolvedPeriod of(String period, LocalDate asOf) {
        if (!RelativePeriod.isRelative(period)) return new ResolvedPeriod(period, null, null);
        LocalDate on = asOf != null ? asOf : LocalDate.now();
        String request = period.strip().toLowerCase(java.util.Locale.ROOT);
        return new ResolvedPeriod(RelativePeriod.resolve(request, on), request, on);
    }
}
