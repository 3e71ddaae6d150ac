package segbrief.brief;

import java.util.List;
import java.util.Optional;

/**
 * Everything a brief says, computed once. Renderers read this and only format; none computes a number.
 *
 * @param headline       the main finding in one sentence, already worded with its numbers
 * @param recommendation one line of advice that follows from the findings
 * @param findings       the answers to the spec's questions, in the spec's order, each with its chart
 * @param segments       one table per dimension and per binned column, every segment included
 * @param claims         every comparison tested for this brief, passed or not; sentences render only passed ones
 * @param pageOrder      the findings' keys, strongest first: the executive page shows the first its layout holds, in
 *                       the spec's order, and names the others with their page in the appendix
 */
public record Brief(
        Meta meta,
        DataQuality quality,
        List<Measure> measures,
        List<Kpi> kpis,
        String headline,
        String recommendation,
        List<Finding> findings,
        List<SegmentTable> segments,
        List<CrossTab> crossTabs,
        List<Trend> trends,
        List<Distribution> distributions,
        Optional<Clustering> clustering,
        Optional<RfmSummary> rfm,
        List<Claim> claims,
        Continuity continuity,
        List<String> pageOrder) {

    /** A brief that stands alone: no claims, no archive read, no relative period. */
    public Brief(Meta meta, DataQuality quality, List<Measure> measures, List<Kpi> kpis, String headline,
                 String recommendation, List<Finding> findings, List<SegmentTable> segments, List<CrossTab> crossTabs,
                 List<Trend> trends, List<Distribution> distributions, Optional<Clustering> clustering,
                 Optional<RfmSummary> rfm) {
        this(meta, quality, measures, kpis, headline, recommendation, findings, segments, crossTabs, trends, distributions,
                clustering, rfm, List.of());
    }

    /** A brief with its claims that read no archive. */
    public Brief(Meta meta, DataQuality quality, List<Measure> measures, List<Kpi> kpis, String headline,
                 String recommendation, List<Finding> findings, List<SegmentTable> segments, List<CrossTab> crossTabs,
                 List<Trend> trends, List<Distribution> distributions, Optional<Clustering> clustering,
                 Optional<RfmSummary> rfm, List<Claim> claims) {
        this(meta, quality, measures, kpis, headline, recommendation, findings, segments, crossTabs, trends, distributions,
                clustering, rfm, claims, Continuity.NONE);
    }

    /** A brief whose findings are ranked in the spec's order. */
    public Brief(Meta meta, DataQuality quality, List<Measure> measures, List<Kpi> kpis, String headline,
                 String recommendation, List<Finding> findings, List<SegmentTable> segments, List<CrossTab> crossTabs,
                 List<Trend> trends, List<Distribution> distributions, Optional<Clustering> clustering,
                 Optional<RfmSummary> rfm, List<Claim> claims, Continuity continuity) {
        this(meta, quality, measures, kpis, headline, recommendation, findings, segments, crossTabs, trends, distributions,
                clustering, rfm, claims, continuity, null);
    }

    public Brief {
        if (pageOrder == null) pageOrder = findings.stream().map(Finding::key).toList();
        pageOrder = List.copyOf(pageOrder);
        claims = claims == null ? List.of() : List.copyOf(claims);
        if (continuity == null) continuity = Continuity.NONE;
        measures = List.copyOf(measures);
        kpis = List.copyOf(kpis);
        findings = List.copyOf(findings);
        segments = List.copyOf(segments);
        crossTabs = List.copyOf(crossTabs);
        trends = List.copyOf(trends);
        distributions = List.copyOf(distributions);
        if (measures.stream().filter(Measure::primary).count() != 1) {
            throw new IllegalArgumentException("a brief needs exactly one primary measure");
        }
    }

    public Formats formats() { return meta.formats(); }

    public Brief withContinuity(Continuity c) {
        return new Brief(meta, quality, measures, kpis, headline, recommendation, findings, segments, crossTabs, trends,
                distributions, clustering, rfm, claims, c, pageOrder);
    }

    /**
     * The findings the executive page shows when it holds {@code room} of them: the strongest, in the spec's order.
     */
    public List<Finding> onPage(int room) {
        java.util.Set<String> shown = new java.util.HashSet<>(pageOrder.subList(0, Math.min(room, pageOrder.size())));
        return findings.stream().filter(fd -> shown.contains(fd.key())).toList();
    }

    /** The findings that do not fit {@code room}, strongest first. */
    public List<Finding> offPage(int room) {
        java.util.Set<String> shown = java.util.Set.copyOf(onPage(room).stream().map(Finding::key).toList());
        return pageOrder.stream().filter(k -> !shown.contains(k))
                .flatMap(k -> findings.stream().filter(fd -> fd.key().equals(k))).toList();
    }

    public Measure primaryMeasure() {
        return measures.stream().filter(Measure::primary).findFirst().orElseThrow();
    }
}
