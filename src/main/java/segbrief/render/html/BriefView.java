package segbrief.render.html;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import segbrief.brief.Brief;
import segbrief.brief.Clustering;
import segbrief.brief.Finding;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.Meta;
import segbrief.brief.SourceInfo;
import segbrief.brief.ValueKind;

/**
 * What the template prints, every number already formatted by {@link Formats}: the template only lays out
 * strings, so the HTML, the text part and the PDF cannot disagree on a figure.
 */
record BriefView(String mode, String lang, String title, String subtitle, String period, String dateRange,
                 String headline, String recommendation, List<KpiView> kpis, List<FindingView> findings,
                 List<ClusterView> clusters, String clusterNote, List<String> sources, String rows,
                 String generator, BrandView brand, String dataNote, String banner, String sinceTitle, List<String> since) {

    /** The company's look as the template prints it: colours as "#RRGGBB", the logo's image or null. */
    record BrandView(String company, String accent, String positive, String negative, String footer, ImageView logo) {}

    record KpiView(String label, String value, String change, boolean up, String versus) {}

    record ImageView(String src, String alt, int width, int height) {}

    record FindingView(int number, String question, String title, String answer, ImageView image) {}

    record ClusterView(String name, String line) {}

    /** {@code src} gives each chart's reference: "cid:..." for the email, "images/..." for the browser. */
    static BriefView of(Brief brief, String mode, Map<Integer, ChartImage> images, Function<ChartImage, String> src) {
        return of(brief, mode, images, src, segbrief.brief.Brand.DEFAULT, null);
    }

    /** @param logo the logo's image, or null without one */
    static BriefView of(Brief brief, String mode, Map<Integer, ChartImage> images, Function<ChartImage, String> src,
                        segbrief.brief.Brand brand, ChartImage logo) {
        Meta meta = brief.meta();
        Formats f = brief.formats();
        List<FindingView> findings = new ArrayList<>();
        for (int i = 0; i < brief.findings().size(); i++) {
            Finding x = brief.findings().get(i);
            ChartImage img = images.get(i);
            ImageView image = img == null ? null : new ImageView(src.apply(img), img.alt(), img.width(), img.height());
            findings.add(new FindingView(i + 1, text(x.question()), text(x.title()), text(x.answer()), image));
        }
        return new BriefView(mode, f.locale().getLanguage().isEmpty() ? "en" : f.locale().toLanguageTag(),
                text(meta.title()), text(meta.subtitle()), text(meta.periodLabel()), dateRange(meta, f),
                text(brief.headline()), text(brief.recommendation()), kpis(brief), findings,
                clusters(brief), clusterNote(brief), sources(meta, f),
                rows(brief, f), "SegmentBrief " + text(meta.productVersion()),
                new BrandView(text(brand.company()), brand.accent(), brand.positive(), brand.negative(), text(brand.footer()),
                        logo == null ? null : new ImageView(src.apply(logo), logo.alt(), logo.width(), logo.height())),
                text(brief.quality().dataNote()), text(brief.continuity().banner()), sinceTitle(brief), since(brief));
    }

    /** "Since 2023-11" when the archive held the period before and some change passed its test, else "". */
    static String sinceTitle(Brief brief) {
        var c = brief.continuity();
        return c.comparedWith() == null || c.since().isEmpty() ? "" : "Since " + text(c.comparedWith());
    }

    /** The changes since the archived brief that passed their tests, as the executive page lists them. */
    static List<String> since(Brief brief) {
        return sinceTitle(brief).isEmpty() ? List.of() : brief.continuity().since().stream().map(BriefView::text).toList();
    }

    static List<KpiView> kpis(Brief brief) {
        Formats f = brief.formats();
        return brief.kpis().stream().map(k -> new KpiView(text(k.label()), f.compact(k.value(), k.kind()),
                hasChange(k) ? f.change(k.change()) : "", hasChange(k) && k.change() >= 0,
                hasChange(k) ? text(brief.meta().versusPrevious()) : "")).toList();
    }

    static boolean hasChange(Kpi k) {
        return !Double.isNaN(k.change()) && !Double.isInfinite(k.change());
    }

    /** Firm groups only: an unstable clustering is not presented as segments. */
    static List<ClusterView> clusters(Brief brief) {
        Formats f = brief.formats();
        return brief.clustering().filter(Clustering::stable).map(c -> c.clusters().stream().map(cl -> {
            String line = f.percent(cl.share()) + " of customers (" + f.compact(cl.size(), ValueKind.COUNT) + ")";
            if (!Double.isNaN(cl.measureShare())) {
                line += ", " + f.percent(cl.measureShare()) + " of " + text(brief.primaryMeasure().label()).toLowerCase(f.locale());
            }
            return new ClusterView(text(cl.name()), line);
        }).toList()).orElse(List.of());
    }

    static String clusterNote(Brief brief) {
        return brief.clustering().filter(c -> !c.stable())
                .map(c -> "Customer groups were not stable across resamples (agreement "
                        + brief.formats().decimals(c.stabilityAri(), 2) + "), so none are presented.")
                .orElse("");
    }

    static String dateRange(Meta meta, Formats f) {
        if (meta.dataFrom() == null || meta.dataTo() == null) return "";
        DateTimeFormatter d = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(f.locale());
        return date(meta.dataFrom(), d) + " – " + date(meta.dataTo(), d);
    }

    private static String date(LocalDate day, DateTimeFormatter d) { return d.format(day); }

    static List<String> sources(Meta meta, Formats f) {
        return meta.sources().stream().map((SourceInfo s) ->
                text(s.file()) + " (" + f.exact(s.rows(), ValueKind.COUNT) + " rows)").toList();
    }

    static String rows(Brief brief, Formats f) {
        var q = brief.quality();
        String s = f.exact(q.rowsInPeriod(), ValueKind.COUNT) + " rows in the period";
        if (q.rowsRejected() > 0) s += ", " + f.exact(q.rowsRejected(), ValueKind.COUNT) + " unreadable rows reported";
        return s;
    }

    static String text(String s) { return s == null ? "" : s.strip(); }
}
