package segbrief.pipeline;

import java.util.ArrayList;
import java.util.List;
import segbrief.archive.Archive;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;
import segbrief.brief.CustomerScores;
import segbrief.brief.PreviousScores;
import segbrief.insight.Movements;
import segbrief.brief.Formats;
import segbrief.brief.Snapshot;
import segbrief.insight.CompletenessCheck;
import segbrief.insight.Revisions;
import segbrief.insight.WhatChanged;
import segbrief.metrics.Metrics;
import segbrief.metrics.Period;
import segbrief.metrics.PeriodCoverage;
import segbrief.spec.Completeness;

/** The stage that reads the archive: the period's coverage against earlier periods, then what changed. */
final class ArchiveStage {
    private ArchiveStage() {}

    /**
     * @param spreads  this period's value per customer, kept in the snapshot for the next period's tests
     * @param previous the period before as today's data has it (null when it has no rows), for revisions
     */
    /** The brief with what the archive says, and each customer's groups in the period before (null when unknown). */
    record Result(Brief brief, PreviousScores previous) {}

    static Result apply(Brief brief, BriefPipeline.ArchiveOptions o, java.util.Optional<PeriodCoverage> coverage,
                        List<Continuity.Spread> spreads, Metrics.Previous previous, CustomerScores scores,
                        segbrief.segment.ClusterIdentity identity, Period period, Formats formats) {
        Continuity c = Continuity.of(o.periodRequest(), o.asOf()).withSpreads(spreads)
                .withSpec(o.specFile() == null ? null : Archive.sha256(o.specFile()),
                        o.specFile() == null ? null : Archive.text(o.specFile()));
        Archive archive = Archive.of(o.root(), brief.meta().name());
        List<Snapshot> archived = archive.periods().stream()
                .filter(s -> !s.period().equals(period.label()) && earlierOfSameLength(s.period(), period)).toList();
        if (coverage.isPresent()) {
            List<Double> archivedRates = archived.stream().map(Snapshot::rowsPerDay).filter(v -> !v.isNaN()).toList();
            Completeness limits = o.completeness() == null ? Completeness.DEFAULTS : o.completeness();
            c = c.withCoverage(CompletenessCheck.check(coverage.get(), period, archivedRates, limits, formats.locale()));
        }
        brief = brief.withContinuity(c);
        if (period.isAll()) return new Result(brief, null);
        String before = previousLabel(period);
        var snapshot = archived.stream().filter(x -> x.period().equals(before)).findFirst();
        if (snapshot.isEmpty()) return new Result(brief, null);
        WhatChanged changed = new WhatChanged(brief, snapshot.get());
        String primary = brief.primaryMeasure().column();
        List<Continuity.Revision> revisions = previous == null ? List.of()
                : Revisions.of(snapshot.get(), previous.rows(), previous.customers(), previous.totals().get(primary).sum(), primary,
                brief.primaryMeasure().label(), brief.primaryMeasure().kind(), formats);
        c = c.withComparison(before, changed.changes(), revisions, changed.since());
        PreviousScores was = archive.scores(before).orElse(null);
        List<Continuity.Movement> moved = Movements.of(scores, was, formats);
        List<String> since = new ArrayList<>();
        moved.stream().map(Continuity.Movement::largest).filter(java.util.Objects::nonNull).limit(1).forEach(since::add);
        since.addAll(c.since());
        c = c.withMovements(moved, since.subList(0, Math.min(since.size(), 3)));
        if (identity != null) c = c.withClusterMatches(identity.matches());
        return new Result(brief.withContinuity(c), was);
    }

    /** The archived snapshot of the period of the same length just before this one, when the archive holds it. */
    static java.util.Optional<Snapshot> previous(BriefPipeline.ArchiveOptions o, String brief, Period period) {
        if (period.isAll()) return java.util.Optional.empty();
        return Archive.of(o.root(), brief).period(previousLabel(period));
    }

    /** The label of the period of the same length just before ("2023-10" before "2023-11"). */
    static String previousLabel(Period period) {
        java.time.LocalDate s = period.previousStart();
        return switch (period.grain()) {
            case "year" -> String.valueOf(s.getYear());
            case "quarter" -> s.getYear() + "-Q" + ((s.getMonthValue() - 1) / 3 + 1);
            default -> String.format(java.util.Locale.ROOT, "%d-%02d", s.getYear(), s.getMonthValue());
        };
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
