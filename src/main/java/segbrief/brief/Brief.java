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
        Continuity continuity) {

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

    public Brief {
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
                distributions, clustering, rfm, claims, c);
    }

    public Measure primaryMeasure() {
        return measures.stream().filter(Measure::primary).findFirst().orElseThrow();
    }
}
