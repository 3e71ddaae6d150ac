package segbrief.render.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import segbrief.brief.Brief;
import segbrief.brief.Clustering;
import segbrief.brief.Finding;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.ValueKind;
import segbrief.chart.ChartRenderer;

/** What the executive template shows, as its parameters. */
final class ExecutivePage {
    static final int MAX_KPIS = 5;
    static final int MAX_FINDINGS = 4;
    private static final int CLUSTER_LINES_PER_COLUMN = 3;

    private ExecutivePage() {}

    static Map<String, Object> parameters(Brief brief, ChartRenderer charts) {
        Formats f = brief.formats();
        Map<String, Object> p = new HashMap<>();
        p.put("TITLE", brief.meta().title());
        p.put("SUBTITLE", blankToNull(brief.meta().subtitle()));
        p.put("PERIOD", brief.meta().periodLabel());
        p.put("DATA_RANGE", Text.dataRange(brief.meta()));
        p.put("HEADLINE", brief.headline());
        p.put("BANNER", brief.continuity().banner());
        p.put("DATA_NOTE", brief.quality().dataNote());
        p.put("RECOMMENDATION", blankToNull(brief.recommendation()));
        p.put("FOOTER", Text.sourcesLine(brief) + " · every table in the appendix");
        p.put("PRODUCT", "SegmentBrief " + brief.meta().productVersion());
        List<Kpi> kpis = brief.kpis().subList(0, Math.min(MAX_KPIS, brief.kpis().size()));
        p.put("KPI_COUNT", kpis.size());
        p.put("VS_PREVIOUS", brief.meta().versusPrevious());
        for (int i = 0; i < kpis.size(); i++) {
            Kpi k = kpis.get(i);
            p.put("K" + (i + 1) + "_VALUE", f.compact(k.value(), k.kind()));
            p.put("K" + (i + 1) + "_LABEL", k.label());
            p.put("K" + (i + 1) + "_CHANGE", Double.isNaN(k.change()) ? null : f.change(k.change()));
        }
        findings(brief, charts, p);
        brief.clustering().filter(Clustering::stable).ifPresent(c -> clusters(brief, c, p));
        since(brief, p);
        return p;
    }

    /** The strongest four findings as parameters F1_* to F4_*; the template lays them out by their number. */
    static void findings(Brief brief, ChartRenderer charts, Map<String, Object> p) {
        List<Finding> shown = brief.onPage(MAX_FINDINGS);
        p.put("FINDING_COUNT", shown.size());
        for (int i = 0; i < shown.size(); i++) {
            Finding finding = shown.get(i);
            String f = "F" + (i + 1) + "_";
            p.put(f + "QUESTION", finding.question());
            p.put(f + "TITLE", finding.title());
            p.put(f + "ANSWER", finding.answer());
            p.put(f + "CHART", ChartImage.of(finding.chart(), charts));
        }
    }

    /**
     * The findings the page has no room for, by their question and the appendix page of their answer:
     * "Also in the appendix: Which states sell the most? (p. 7)".
     */
    static void alsoInAppendix(List<Finding> off, Map<String, Integer> pages, Map<String, Object> p) {
        List<String> items = new ArrayList<>();
        for (Finding fd : off) {
            Integer page = pages.get(AppendixContent.answerAnchor(fd));
            items.add(Text.xml(fd.question()) + (page == null ? "" : " (p. " + page + ")"));
        }
        p.put("ALSO", "<style isBold=\"true\">Also in the appendix:</style> " + String.join(" · ", items));
    }

    private static void clusters(Brief brief, Clustering c, Map<String, Object> p) {
        Formats f = brief.formats();
        String measure = brief.primaryMeasure().label().toLowerCase(f.locale());
        p.put("CLUSTERS_TITLE", "CUSTOMER SEGMENTS · " + c.k() + " clusters of "
                + f.compact(c.customers(), ValueKind.COUNT) + " customers (k-means on " + String.join(", ", c.featureLabels()) + ")");
        List<String> lines = c.clusters().stream().map(cl -> "<style isBold=\"true\" forecolor=\"#1F2933\">"
                + Text.xml(cl.name()) + "</style>  " + f.percent(cl.share()) + " of customers"
                + (Double.isNaN(cl.measureShare()) ? "" : " · " + f.percent(cl.measureShare()) + " of " + Text.xml(measure)))
                .collect(Collectors.toList());
        int shown = 2 * CLUSTER_LINES_PER_COLUMN;
        if (lines.size() > shown) {
            int more = lines.size() - (shown - 1);
            lines = new ArrayList<>(lines.subList(0, shown - 1));
            lines.add("+ " + more + " more in the appendix");
        }
        int split = Math.min(CLUSTER_LINES_PER_COLUMN, lines.size());
        p.put("CLUSTERS_LEFT", String.join("\n", lines.subList(0, split)));
        p.put("CLUSTERS_RIGHT", split < lines.size() ? String.join("\n", lines.subList(split, lines.size())) : null);
    }

    /** The changes since the archived brief that passed their tests; beside the clusters when there are some. */
    private static void since(Brief brief, Map<String, Object> p) {
        var c = brief.continuity();
        if (c.comparedWith() == null || c.since().isEmpty()) return;
        String title = "SINCE " + c.comparedWith();
        if (p.get("CLUSTERS_LEFT") != null) {
            int clusters = brief.clustering().map(x -> x.clusters().size()).orElse(0);
            List<String> left = new ArrayList<>(List.of(((String) p.get("CLUSTERS_LEFT")).split("\n")));
            if (clusters > left.size()) {
                // the right-hand column gives way to the changes: the left one's last line points to the appendix
                left.set(left.size() - 1, "+ " + (clusters - (left.size() - 1)) + " more in the appendix");
                p.put("CLUSTERS_LEFT", String.join("\n", left));
            }
            List<String> lines = new ArrayList<>(List.of("<style isBold=\"true\" forecolor=\"#0B5FA5\">" + title + "</style>"));
            c.since().stream().limit(CLUSTER_LINES_PER_COLUMN - 1).map(Text::xml).forEach(lines::add);
            p.put("CLUSTERS_RIGHT", String.join("\n", lines));
            return;
        }
        p.put("SINCE_TITLE", title);
        p.put("SINCE_TEXT", String.join("\n", c.since().stream().map(s -> "• " + Text.xml(s)).toList()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
