package segbrief.brief;

import java.time.LocalDate;
import java.util.List;

/**
 * What a brief knows about the briefs before it: how its period was asked for, whether the period's data looks
 * complete, and what changed since the archived snapshot of the period before.
 *
 * @param periodRequest "previous-month" or "previous-quarter" when the period was relative, else null
 * @param asOf          the date a relative period was resolved against, else null
 * @param coverage      the period's coverage, or null when the period is not a calendar period with dates
 * @param comparedWith  the archived period this brief was compared with ("2023-10"), or null
 * @param changes       every KPI and segment figure against that snapshot, tested
 * @param revisions     the previous period recomputed from today's data against its snapshot, where it moved
 * @param since         the sentences of the changes that passed their tests, at most a few, for the executive page
 * @param specSha256    the SHA-256 of the spec file the run read (null for an inferred spec), for the manifest
 * @param specText      that spec file's text, embedded in the archive copy (null for an inferred spec)
 * @param spreads       this period's value per customer in each segment (n, mean, variance), kept in the snapshot
 *                      so that the next period can test against it
 */
public record Continuity(String periodRequest, LocalDate asOf, Coverage coverage, String comparedWith,
                         List<Change> changes, List<Revision> revisions, List<String> since, List<Spread> spreads,
                         List<Movement> movements, List<ClusterMatch> clusterMatches, String specSha256,
                         String specText) {
    public static final Continuity NONE = new Continuity(null, null, null, null, List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), null, null);

    /** A brief whose period was given as it is, or resolved from a relative one. */
    public static Continuity of(String periodRequest, LocalDate asOf) {
        return new Continuity(periodRequest, asOf, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                null, null);
    }

    public Continuity {
        changes = List.copyOf(changes);
        revisions = List.copyOf(revisions);
        since = List.copyOf(since);
        spreads = List.copyOf(spreads);
        movements = List.copyOf(movements);
        clusterMatches = List.copyOf(clusterMatches);
    }

    public Continuity withCoverage(Coverage c) {
        return new Continuity(periodRequest, asOf, c, comparedWith, changes, revisions, since, spreads, movements,
                clusterMatches, specSha256, specText);
    }

    public Continuity withComparison(String with, List<Change> c, List<Revision> r, List<String> s) {
        return new Continuity(periodRequest, asOf, coverage, with, c, r, s, spreads, movements, clusterMatches,
                specSha256, specText);
    }

    public Continuity withSpreads(List<Spread> s) {
        return new Continuity(periodRequest, asOf, coverage, comparedWith, changes, revisions, since, s, movements,
                clusterMatches, specSha256, specText);
    }

    public Continuity withMovements(List<Movement> m, List<String> s) {
        return new Continuity(periodRequest, asOf, coverage, comparedWith, changes, revisions, s, spreads, m,
                clusterMatches, specSha256, specText);
    }

    public Continuity withClusterMatches(List<ClusterMatch> m) {
        return new Continuity(periodRequest, asOf, coverage, comparedWith, changes, revisions, since, spreads, movements, m,
                specSha256, specText);
    }

    public Continuity withSpec(String sha, String text) {
        return new Continuity(periodRequest, asOf, coverage, comparedWith, changes, revisions, since, spreads, movements,
                clusterMatches, sha, text);
    }

    public Continuity withSpecSha256(String sha) {
        return new Continuity(periodRequest, asOf, coverage, comparedWith, changes, revisions, since, spreads, movements,
                clusterMatches, sha, specText);
    }

    /** A banner for the executive page when the data looks incomplete, else null. */
    public String banner() {
        return coverage == null || coverage.complete() ? null : coverage.banner();
    }

    /**
     * @param daysInPeriod       calendar days of the period
     * @param daysWithData       days with at least one row
     * @param dataEnds           last date with data in the period (null when the period has none)
     * @param rowsPerDay         rows per calendar day up to the last date with data
     * @param expectedRowsPerDay median rows per day of earlier periods (NaN when there is none)
     * @param expectedFrom       "archive" or "data": where the earlier periods were read
     * @param complete           false when the data ends early or is too thin
     * @param banner             the sentence for the page when not complete, else null
     */
    public record Coverage(long daysInPeriod, long daysWithData, LocalDate dataEnds, double rowsPerDay,
                           double expectedRowsPerDay, String expectedFrom, boolean complete, String banner) {}

    /**
     * One figure against the archived snapshot.
     *
     * @param group       "kpi" or the segment table's dimension
     * @param low         lower end of the 95% interval of the difference (NaN when not tested)
     * @param test        "welch-t", "two-proportion-z", "poisson-z", "compound-poisson-z" or "none"
     * @param p           the test's own two-sided p
     * @param q           Benjamini–Hochberg adjusted p over every tested change of the brief (as the claims' q)
     * @param significant q below 0.05
     */
    public record Change(String key, String group, String label, ValueKind kind, double previous, double current,
                         double difference, double low, double high, String test, double p, boolean significant,
                         double q) {}

    /** A figure of the previous period that moved between its brief and today's recomputation. */
    public record Revision(String key, String label, ValueKind kind, double archived, double recomputed, long rows,
                           String sentence) {}

    /**
     * Value per customer inside one segment: n customers, the mean and the sample variance of their primary measure.
     * {@code column} is null for all customers together.
     */
    public record Spread(String column, String segment, long n, double mean, double variance) {}

    /**
     * Customers present in both periods, counted by where they were and where they are (RFM segment or cluster).
     *
     * @param kind    "rfm" or "clusters"
     * @param flows   every from → to pair with at least one customer, largest first, ties by names
     * @param largest the largest movement between different groups that passed its test, in words, or null
     * @param chart   the from × to heatmap
     */
    public record Movement(String kind, String title, List<Flow> flows, String largest, ChartSpec chart) {
        public Movement {
            flows = List.copyOf(flows);
        }
    }

    public record Flow(String from, String to, long customers) {}

    /**
     * A cluster of this period against the archived ones: matched (it keeps the archived number and name), a poor
     * match (nearest, but far), new, or dissolved (an archived cluster nothing matched; then id is 0).
     *
     * @param distance between the standardized centroids (NaN for new and dissolved)
     */
    public record ClusterMatch(int id, String name, int previousId, String previousName, double distance, String status) {}
}
