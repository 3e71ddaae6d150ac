package segbrief.pipeline;

import java.util.List;
import segbrief.archive.Archive;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;
import segbrief.brief.Formats;
import segbrief.brief.Snapshot;
import segbrief.insight.CompletenessCheck;
import segbrief.metrics.Period;
import segbrief.metrics.PeriodCoverage;
import segbrief.spec.Completeness;

/** The stage that reads the archive: the period's coverage against earlier periods, then what changed. */
final class ArchiveStage {
    private ArchiveStage() {}

    static Brief apply(Brief brief, BriefPipeline.ArchiveOptions o, java.util.Optional<PeriodCoverage> coverage, Period period,
                       Formats formats) {
        Continuity c = Continuity.of(o.periodRequest(), o.asOf());
        List<Snapshot> archived = Archive.of(o.root(), brief.meta().name()).periods().stream()
                .filter(s -> !s.period().equals(period.label()) && earlierOfSameLength(s.period(), period)).toList();
        if (coverage.isPresent()) {
            List<Double> archivedRates = archived.stream().map(Snapshot::rowsPerDay).filter(v -> !v.isNaN()).toList();
            Completeness limits = o.completeness() == null ? Completeness.DEFAULTS : o.completeness();
            c = c.withCoverage(CompletenessCheck.check(coverage.get(), period, archivedRates, limits, formats.locale()));
        }
        return brief.withContinuity(c);
    }

    /** Whether an archived label names an earlier period of the same length (a month for a month, ...). */
    static boolean earlierOfSameLength(String label, Period period) {
        if (period.isAll() || label == null) return false;
        try {
            Period p = Period.parse(label);
            return !p.isAll() && period.grain().equals(p.grain()) && p.start().isBefore(period.start());
        } catch (segbrief.UserError e) {
            return false;
        }
    }
}
