package segbrief.render.pdf;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Claim;
import segbrief.brief.Clustering;
import segbrief.brief.CrossTab;
import segbrief.brief.DataQuality;
import segbrief.brief.Distribution;
import segbrief.brief.Finding;
import segbrief.brief.Formats;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.RfmSummary;
import segbrief.brief.SegmentTable;
import segbrief.brief.SourceInfo;
import segbrief.brief.Trend;
import segbrief.brief.ValueKind;
import segbrief.chart.ChartRenderer;

/**
 * The appendix as a list of blocks for the appendix template: cover, contents, headings, text, charts, tables.
 * Each block is a map whose keys are the template's fields.
 */
final class AppendixContent {
    /** A heading the contents and the PDF outline list. */
    record Heading(String title, int level, String anchor) {}

    /** Largest number of columns a cross-tab may have to print as a matrix; wider ones print as a list. */
    private static final int MATRIX_COLUMNS = 8;
    private static final int TABLE_SLOTS = 8;
    private static final int TEXT_LAYOUT = -3;
    private static final String CONTENTS = "Contents";

    private final Brief brief;
    private final Formats f;
    private final ChartRenderer charts;
    private final List<Map<String, Object>> body = new ArrayList<>();
    private final List<Heading> headings = new ArrayList<>();
    private Map<String, Object> pendingSubheading;
    private final java.util.Set<String> anchors = new java.util.HashSet<>(java.util.Set.of(CONTENTS));

    private AppendixContent(Brief brief, ChartRenderer charts) {
        this.brief = brief;
        this.f = brief.formats();
        this.charts = charts;
        anchors.add(brief.meta().title());
    }

    static AppendixContent of(Brief brief, ChartRenderer charts) {
        AppendixContent c = new AppendixContent(brief, charts);
        c.overview();
        c.whatChanged();
        brief.segments().forEach(c::segments);
        c.crossTabs();
        c.trends();
        c.distributions();
        brief.clustering().ifPresent(c::clusters);
        brief.rfm().ifPresent(c::rfm);
        c.quality();
        c.method();
        c.flushSubheading();
        return c;
    }

    List<Heading> headings() {
        return headings;
    }

    /**
     * Every block in order. The contents' page numbers are a one-digit placeholder: the renderer writes the real ones
     * into the filled pages (a number's box is one line whatever its digits, so the layout does not change).
     */
    List<Map<String, ?>> blocks() {
        List<Map<String, ?>> all = new ArrayList<>();
        all.add(cover());
        List<Map<String, ?>> toc = new ArrayList<>();
        for (Heading h : headings) {
            toc.add(Map.of("title", h.title(), "level", h.level(), "anchor", h.anchor(), "page", "0"));
        }
        all.add(block("toc", CONTENTS, Map.of("rows", toc, "anchor", CONTENTS)));
        all.addAll(body);
        return all;
    }

    // ---- sections

    private void overview() {
        h1("Overview");
        text("<style isBold=\"true\">" + Text.xml(brief.headline()) + "</style>");
        if (brief.recommendation() != null && !brief.recommendation().isBlank()) {
            text("Recommendation: " + Text.xml(brief.recommendation()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Kpi k : brief.kpis()) {
            rows.add(List.of(k.label(), f.exact(k.value(), k.kind()), f.change(k.change())));
        }
        table("Key figures", List.of("Figure", "Value", brief.meta().versusPrevious()), "RR", rows);
        if (!brief.findings().isEmpty()) {
            h2("Answers");
            for (Finding finding : brief.findings()) {
                // each answer is an anchor (not a heading): the executive page names the page of those it has no room for
                add(block("text", null, Map.of("text", "<style isBold=\"true\">" + Text.xml(finding.question()) + "</style>\n"
                        + Text.xml(finding.answer()), "anchor", answerAnchor(finding))));
            }
        }
    }

    /** Every KPI and segment figure against the archived snapshot of the period before, and its revisions. */
    private void whatChanged() {
        var c = brief.continuity();
        if (c.comparedWith() == null) return;
        h1("What changed");
        text("Against the brief archived for " + Text.xml(c.comparedWith()) + ". Counts by a Poisson z-test, totals by a"
                + " compound-Poisson z-test, values per customer by Welch's t, shares of customers by a two-proportion z-test;"
                + " p-values are adjusted with Benjamini–Hochberg over the " + c.changes().stream().filter(x -> !Double.isNaN(x.p())).count()
                + " tests (q), and a change is significant when q is below 0.05. Intervals are 95% intervals of the change (in percentage points for shares).");
        List<List<String>> rows = new ArrayList<>();
        for (var x : c.changes()) {
            boolean share = x.kind() == ValueKind.SHARE;
            rows.add(List.of((x.group().equals("kpi") ? "" : x.group() + " · ") + x.label(), f.exact(x.previous(), x.kind()),
                    f.exact(x.current(), x.kind()), difference(x.difference(), x.kind()),
                    Double.isNaN(x.low()) ? "–" : bound(x.low(), x.kind()) + "…" + bound(x.high(), x.kind()),
                    Double.isNaN(x.q()) ? "not tested" : pValue(x.q()), x.significant() ? "yes" : "no"));
        }
        table("Figures against " + c.comparedWith(), List.of("Figure", c.comparedWith(), brief.meta().periodLabel(), "Change",
                "95% interval", "q", "Significant"), "", rows);
        if (!c.revisions().isEmpty()) {
            h2("Revisions");
            for (var r : c.revisions()) text(Text.xml(r.sentence()));
        }
        if (!c.clusterMatches().isEmpty()) {
            List<List<String>> matches = new ArrayList<>();
            for (var m : c.clusterMatches()) {
                matches.add(List.of(m.id() == 0 ? "–" : String.valueOf(m.id()), m.name() == null ? "–" : m.name(),
                        m.previousId() == 0 ? "–" : m.previousId() + " · " + m.previousName(),
                        Double.isNaN(m.distance()) ? "–" : f.decimals(m.distance(), 2), m.status()));
            }
            table("Clusters against " + c.comparedWith(), List.of("Cluster", "Name", "In " + c.comparedWith(), "Distance", "Status"),
                    "", matches);
            text("Centroids of both periods are standardized together and matched one to one by least total distance (the"
                    + " Hungarian method); a match farther than half the median distance between this period's centroids is poor.");
        }
        for (var m : c.movements()) {
            h2(m.title());
            chart(m.chart());
            long stayed = m.flows().stream().filter(x -> x.from().equals(x.to())).mapToLong(x -> x.customers()).sum();
            long all = m.flows().stream().mapToLong(x -> x.customers()).sum();
            text(count(all) + " customers were in both periods; " + count(stayed) + " stayed where they were."
                    + (m.largest() == null ? " No movement between groups was larger than chance would give."
                    : " Largest movement beyond chance: " + Text.xml(m.largest()) + ".")
                    + " Every pair is in tables/movement_" + m.kind() + ".csv.");
        }
    }

    private String difference(double d, ValueKind kind) {
        if (kind == ValueKind.SHARE) return (d >= 0 ? "+" : "−") + f.decimals(Math.abs(d) * 100, 1) + " pp";
        return (d >= 0 ? "+" : "−") + f.exact(Math.abs(d), kind);
    }

    /** An interval's end, short: the table's column is narrow. */
    private String bound(double d, ValueKind kind) {
        if (kind == ValueKind.SHARE) return (d >= 0 ? "+" : "−") + f.decimals(Math.abs(d) * 100, 1);
        return (d >= 0 ? "+" : "−") + f.compact(Math.abs(d), kind);
    }

    private void segments(SegmentTable t) {
        h1(t.dimension());
        chart(t.chart());
        for (Measure m : brief.measures()) {
            List<List<String>> rows = new ArrayList<>();
            for (SegmentTable.Row r : t.rows()) {
                SegmentTable.Stats s = r.measures().get(m.column());
                if (s == null) continue;
                // a sum or share of scores and ratings means nothing: left blank
                boolean adds = m.kind() != ValueKind.NUMBER;
                rows.add(List.of(r.segment(), count(r.count()), count(r.customers()), adds ? f.exact(s.sum(), m.kind()) : "",
                        f.exact(s.mean(), m.kind()), f.exact(s.median(), m.kind()), adds ? f.percent(s.share()) : ""));
            }
            table(t.dimension() + " by " + m.label().toLowerCase(f.locale()) + " (" + t.rows().size() + " segments)",
                    List.of(t.dimension(), "Rows", "Customers", "Sum", "Mean", "Median", "Share"), "", rows);
        }
        if (t.binned()) text("Segments follow the bin order of column " + Text.xml(t.column()) + ".");
        againstTheRest(t);
    }

    /** Each tested segment of a questioned dimension against the rest: value per customer, lift with its interval, p, q. */
    private void againstTheRest(SegmentTable t) {
        List<Claim> lifts = brief.claims().stream().filter(c -> c.kind() == Claim.Kind.LIFT && c.dimension().equals(t.column()))
                .sorted(java.util.Comparator.comparingDouble((Claim c) -> Double.isNaN(c.estimate()) ? 0 : -c.estimate())
                        .thenComparing(Claim::subject)).toList();
        if (lifts.isEmpty()) return;
        ValueKind kind = brief.primaryMeasure().kind();
        boolean perCustomer = kind != ValueKind.NUMBER;
        List<List<String>> rows = new ArrayList<>();
        for (Claim c : lifts) {
            rows.add(List.of(c.subject() + (c.passed() ? " ✓" : ""), count(c.size()), f.exact(c.value(), kind), f.exact(c.otherValue(), kind),
                    Double.isNaN(c.estimate()) ? "–" : f.decimals(c.estimate(), 2) + " (" + f.decimals(c.low(), 2) + "–" + f.decimals(c.high(), 2) + ")",
                    pValue(c.p()), pValue(c.q())));
        }
        table(t.dimension() + " against the rest", List.of(t.dimension(), c0(lifts).units().equals("rows") ? "Rows" : "Customers",
                perCustomer ? "Per customer" : "Mean", "Rest", "Lift (95% CI)", "p", "q"), "", rows);
        text("✓ passed: q ≤ 0.05 after the Benjamini–Hochberg control, the interval above 1, at least the minimum number of "
                + Text.xml(c0(lifts).units()) + " in the segment and in the rest. Segments under the minimum are not tested.");
    }

    private static Claim c0(List<Claim> claims) {
        return claims.getFirst();
    }

    private String pValue(double p) {
        if (Double.isNaN(p)) return "–";
        return p < 0.0001 ? "< 0.0001" : f.decimals(p, 4);
    }

    private void crossTabs() {
        if (brief.crossTabs().isEmpty()) return;
        h1("Cross-tabs");
        for (CrossTab x : brief.crossTabs()) {
            h2(x.rowDimension() + " × " + x.columnDimension());
            chart(x.chart());
            ValueKind kind = measureKind(x.measure());
            String measure = measureLabel(x.measure());
            if (x.columns().size() <= MATRIX_COLUMNS) {
                List<String> headers = new ArrayList<>();
                headers.add(x.rowDimension() + " \\ " + x.columnDimension());
                headers.addAll(x.columns());
                List<List<String>> sums = new ArrayList<>();
                List<List<String>> counts = new ArrayList<>();
                for (int r = 0; r < x.rows().size(); r++) {
                    List<String> s = new ArrayList<>(List.of(x.rows().get(r)));
                    List<String> c = new ArrayList<>(List.of(x.rows().get(r)));
                    for (int col = 0; col < x.columns().size(); col++) {
                        s.add(f.exact(x.sums().get(r).get(col), kind));
                        c.add(count(x.counts().get(r).get(col)));
                    }
                    sums.add(s);
                    counts.add(c);
                }
                table("Sum of " + measure, headers, "", sums);
                table("Rows", headers, "", counts);
            } else {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r < x.rows().size(); r++) {
                    for (int col = 0; col < x.columns().size(); col++) {
                        rows.add(List.of(x.rows().get(r) + " · " + x.columns().get(col),
                                f.exact(x.sums().get(r).get(col), kind), count(x.counts().get(r).get(col))));
                    }
                }
                table("Sum of " + measure + " and rows per cell", List.of(x.rowDimension() + " · " + x.columnDimension(),
                        "Sum of " + measure, "Rows"), "", rows);
            }
            text("Total " + Text.xml(measure) + ": " + f.exact(x.total(), kind) + ".");
        }
    }

    private void trends() {
        if (brief.trends().isEmpty()) return;
        h1("Trends");
        for (Trend t : brief.trends()) {
            String measure = measureLabel(t.measure());
            h2(measure + " by " + t.grain());
            chart(t.chart());
            List<List<String>> rows = new ArrayList<>();
            for (Trend.Point p : t.points()) {
                rows.add(List.of(p.period(), count(p.count()), count(p.customers()), f.exact(p.sum(), measureKind(t.measure()))));
            }
            table(measure + " per " + t.grain(), List.of("Period", "Rows", "Customers", "Sum of " + measure), "", rows);
        }
    }

    private void distributions() {
        if (brief.distributions().isEmpty()) return;
        h1("Distributions");
        for (Distribution d : brief.distributions()) {
            h2(d.label());
            d.charts().forEach(this::chart);
            List<List<String>> rows = new ArrayList<>();
            rows.add(summaryRow("All", d.overall(), d.kind()));
            for (Distribution.Group g : d.groups()) rows.add(summaryRow(g.name(), g.summary(), d.kind()));
            table(d.label() + (d.groupColumn() == null ? "" : " by " + d.groupColumn()),
                    List.of("Group", "n", "Mean", "SD", "Min", "Q1", "Median", "Q3", "Max"), "", rows);
        }
    }

    private List<String> summaryRow(String name, Distribution.Summary s, ValueKind kind) {
        return List.of(name, count(s.n()), f.exact(s.mean(), kind), f.exact(s.sd(), kind), f.exact(s.min(), kind),
                f.exact(s.q1(), kind), f.exact(s.median(), kind), f.exact(s.q3(), kind), f.exact(s.max(), kind));
    }

    private void clusters(Clustering c) {
        h1("Customer clusters");
        text("k-means on " + Text.xml(String.join(", ", c.featureLabels())) + " (scaling: " + Text.xml(c.scaling()) + ") over "
                + count(c.customers()) + " customers; silhouette and stability computed on a seeded sample of "
                + count(c.sampleSize()) + ". k = " + c.k() + (c.kChosen() ? ", chosen by silhouette" : ", fixed by the spec")
                + "; silhouette " + f.decimals(c.silhouette(), 3) + "; stability (mean adjusted Rand index over bootstrap refits) "
                + f.decimals(c.stabilityAri(), 3) + (c.stable() ? ": stable." : ": below 0.6, so the clusters are not presented as firm segments."));
        for (Clustering.Filled x : c.filled()) {
            text("Filled in: " + count(x.customers()) + " of " + count(c.customers()) + " customers had no "
                    + Text.xml(Clustering.label(x.feature())) + "; k-means gave them the mean of the others, "
                    + f.exact(x.value(), ValueKind.NUMBER) + ", and the centroids below count them at that value.");
        }
        if (c.features().contains("total_spend")) {
            String measure = Text.xml(brief.primaryMeasure().label().toLowerCase(f.locale()));
            text("Per customer: spend is the total " + measure + ", orders the number of orders, order value spend per order, "
                    + "recency the days from the customer's last order to the latest date in the data.");
        }
        if (!c.choices().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Clustering.KChoice k : c.choices()) {
                rows.add(List.of("k = " + k.k() + (k.k() == c.k() ? " (chosen)" : ""), f.decimals(k.silhouette(), 3),
                        f.exact(k.distortion(), ValueKind.NUMBER)));
            }
            table("Choice of k", List.of("k", "Silhouette", "Distortion"), "", rows);
        }
        // a measure that does not add up (a score, a rating) has no share to give: no column of dashes then
        boolean measureShares = c.clusters().stream().anyMatch(cl -> !Double.isNaN(cl.measureShare()));
        int features = Math.min(c.features().size(), TABLE_SLOTS - (measureShares ? 3 : 2));
        List<String> headers = new ArrayList<>(List.of("Cluster", "Customers", "Share"));
        if (measureShares) headers.add(brief.primaryMeasure().label() + " share");
        headers.addAll(c.featureLabels().subList(0, features));
        List<List<String>> rows = new ArrayList<>();
        for (Clustering.Cluster cl : c.clusters()) {
            List<String> row = new ArrayList<>(List.of(cl.id() + "  " + cl.name(), count(cl.size()), f.percent(cl.share())));
            if (measureShares) row.add(f.percent(cl.measureShare()));
            for (String feature : c.features().subList(0, features)) {
                Double v = cl.centroid().get(feature);
                row.add(v == null ? "–" : f.exact(v, ValueKind.NUMBER));
            }
            rows.add(row);
        }
        table("Clusters and their centroids", headers, "", rows);
        if (features < c.features().size()) text("The table shows the centroids of the first " + features + " features.");
        c.charts().forEach(this::chart);
    }

    private void rfm(RfmSummary r) {
        h1("RFM segments");
        DateTimeFormatter d = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(f.locale());
        text("Recency, frequency and monetary quintile scores (1–5) of " + count(r.customers()) + " customers"
                + (r.referenceDate() == null ? "" : ", recency counted to " + d.format(r.referenceDate())) + ".");
        chart(r.chart());
        ValueKind money = brief.primaryMeasure().kind();
        List<List<String>> rows = new ArrayList<>();
        for (RfmSummary.Segment s : r.segments()) {
            rows.add(List.of(s.name(), count(s.customers()), f.percent(s.share()), f.exact(s.revenue(), money),
                    f.percent(s.revenueShare()), f.decimals(s.meanRecencyDays(), 1), f.decimals(s.meanFrequency(), 2),
                    f.exact(s.meanMonetary(), money)));
        }
        table("RFM segments", List.of("Segment", "Customers", "Share", "Revenue", "Revenue share", "Recency (days)",
                "Frequency", "Monetary"), "", rows);
    }

    private void quality() {
        DataQuality q = brief.quality();
        h1("Data quality");
        table("Rows", List.of("", "Rows"), "", List.of(
                List.of("Read from the sources", count(q.rowsRead())),
                List.of("Rejected (could not be parsed)", count(q.rowsRejected())),
                List.of("In the period " + brief.meta().periodLabel(), count(q.rowsInPeriod())),
                List.of("Distinct customers", count(q.customers()))));
        List<List<String>> columns = new ArrayList<>();
        for (DataQuality.ColumnProfile c : q.columns()) {
            columns.add(List.of(c.column(), c.role(), c.type(), count(c.missing()), count(c.distinct())));
        }
        table("Columns", List.of("Column", "Role", "Type", "Missing",
                DataQuality.distinctEstimated(q.rowsInPeriod()) ? "Distinct (est.)" : "Distinct"), "LL", columns);
        if (DataQuality.distinctEstimated(q.rowsInPeriod())) {
            text(String.format(java.util.Locale.ROOT, "Above %,d rows, distinct values are exact for the customer id, the "
                    + "dimensions and the measures, and estimated for the other columns (HyperLogLog, within a few percent).",
                    DataQuality.EXACT_DISTINCT_ROWS));
        }
        if (q.rejections().isEmpty()) {
            text("No row was rejected.");
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (DataQuality.Rejection r : q.rejections()) {
                rows.add(List.of(r.file(), count(r.line()), r.column() == null ? "" : r.column(), r.reason()));
            }
            table(TEXT_LAYOUT, "Rejected rows" + (q.rowsRejected() > rows.size() ? " (the first " + rows.size() + ")" : ""),
                    List.of("File", "Line", "Column", "Reason"), "RLL", rows, null);
        }
        for (String note : q.notes()) text(Text.xml(note));
    }

    private void method() {
        h1("Method");
        text("<style isBold=\"true\">What was computed.</style> Key figures over the rows of the period; one table per "
                + "dimension and binned column with rows, distinct customers and, per measure, sum, mean, median and share "
                + "of the total; missing values form their own segment “" + SegmentTable.MISSING + "”; cross-tabs of "
                + "dimension pairs; trends per period of the date column; distributions with histograms and kernel density "
                + "estimates" + (brief.clustering().isPresent() ? "; k-means clusters of customers" : "")
                + (brief.rfm().isPresent() ? "; RFM quintile scores" : "") + ".");
        text("<style isBold=\"true\">Claims and their tests.</style> Every comparison the brief states is a claim with a "
                + "test, listed with its statistic, p-value, effect and 95% interval in metrics.json (claims). A leader by total "
                + "against the runner-up: a z test on the lead, its variance that of customers resampled with replacement "
                + "(the normal approximation of the bootstrap over per-customer sums). Means and values per customer against "
                + "the runner-up or the rest: Welch's t test; lifts (value per customer ÷ the rest's) with a delta-method "
                + "interval on the log of the ratio. A period against another, and a split value against another inside a "
                + "segment: a z test of the two totals. The false-discovery rate across all claims of the brief is held at "
                + "5% (Benjamini–Hochberg); a claim passes when its q is at most 0.05, its interval lies on the stated side, "
                + "and each group compared has at least the minimum number of customers (min_customers, 30 unless the spec "
                + "says otherwise). A claim that does not pass is said to be too close to call, or not said. The "
                + "recommendation is the segment with the highest passed lift; when none passes the brief says no segment "
                + "stands out. Means divide by the rows that have a value; blanks are not zeros.");
        if (brief.rfm().isPresent()) {
            String orders = brief.rfm().get().orderColumn();
            text("<style isBold=\"true\">RFM scores.</style> Recency (days since the last purchase), frequency ("
                    + (orders == null ? "purchases, one per row" : "orders: distinct values of \"" + Text.xml(orders)
                    + "\", however many lines each has") + ") and monetary value (the sum) per customer, each scored 1 to 5 by the quintile of the "
                    + "customer's rank; customers with equal values share a rank and so a score.");
        }
        text("<style isBold=\"true\">Reproducibility.</style> Every random choice (sampling, k-means starts, bootstrap) "
                + "uses seed " + brief.meta().seed() + ". The same data and spec give the same figures and the same PDF bytes.");
        for (SourceInfo s : brief.meta().sources()) {
            text("<style isBold=\"true\">Source " + Text.xml(s.name()) + ".</style> " + Text.xml(s.file()) + " (" + Text.xml(s.format())
                    + "), " + count(s.rows()) + " rows, " + s.columns() + " columns; SHA-256 " + s.sha256() + ".");
        }
        text("<style isBold=\"true\">Software.</style> SegmentBrief " + Text.xml(brief.meta().productVersion())
                + "; tables from DuckDB SQL, clusters from Smile, charts from JFreeChart, PDF from JasperReports.");
    }

    // ---- blocks

    private Map<String, Object> cover() {
        StringBuilder sources = new StringBuilder();
        for (SourceInfo s : brief.meta().sources()) {
            sources.append(s.name()).append(" · ").append(s.file()).append(" (").append(s.format()).append(") · ")
                    .append(count(s.rows())).append(" rows · ").append(s.columns()).append(" columns\nSHA-256 ")
                    .append(s.sha256()).append('\n');
        }
        return block("cover", brief.meta().title(), Map.of("anchor", brief.meta().title(), "text", sources.toString().strip(),
                "note", "Prepared by SegmentBrief " + brief.meta().productVersion()
                        + (Text.dataRange(brief.meta()) == null ? "" : " from data of " + Text.dataRange(brief.meta()))
                        + " · seed " + brief.meta().seed()));
    }

    private void h1(String title) {
        flushSubheading();
        String anchor = heading(title, 1);
        body.add(block("h1", title, Map.of("anchor", anchor)));
    }

    /** A subheading waits for the block it introduces and prints inside that block's band (never orphaned). */
    private void h2(String title) {
        flushSubheading();
        pendingSubheading = block("h2", title, Map.of("anchor", heading(title, 2)));
    }

    private void flushSubheading() {
        if (pendingSubheading != null) body.add(pendingSubheading);
        pendingSubheading = null;
    }

    private void add(Map<String, Object> block) {
        if (pendingSubheading != null) {
            block.put("h2", pendingSubheading.get("title"));
            block.put("h2anchor", pendingSubheading.get("anchor"));
            pendingSubheading = null;
        }
        body.add(block);
    }

    private String heading(String title, int level) {
        // JasperReports titles each PDF bookmark with its anchor's name, so the anchor is the heading itself.
        String anchor = title;
        for (int n = 2; anchors.contains(anchor); n++) anchor = title + " (" + n + ")";
        anchors.add(anchor);
        headings.add(new Heading(title, level, anchor));
        return anchor;
    }

    /** The anchor of a finding's answer in the overview. */
    static String answerAnchor(Finding finding) {
        return "answer:" + finding.key();
    }

    private void text(String styled) {
        add(block("text", null, Map.of("text", styled)));
    }

    private void chart(ChartSpec spec) {
        if (spec == null) return;
        add(block("chart", spec.title(), Map.of("chart", ChartImage.of(spec, charts))));
    }

    private void table(String title, List<String> headers, String align, List<List<String>> rows) {
        table(headers.size() - 1, title, headers, align, rows, null);
    }

    private void table(int slots, String title, List<String> headers, String align, List<List<String>> rows, String note) {
        List<Map<String, ?>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < row.size(); i++) m.put("c" + i, row.get(i));
            cells.add(m);
        }
        Map<String, Object> extra = new HashMap<>();
        extra.put("rows", cells);
        extra.put("headers", headers);
        extra.put("align", align);
        extra.put("slots", slots);
        if (note != null) extra.put("note", note);
        add(block("table", title, extra));
    }

    private static Map<String, Object> block(String kind, String title, Map<String, ?> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        m.put("kind", kind);
        m.put("title", title);
        return m;
    }

    // ---- wording helpers

    private String count(long n) {
        return f.exact(n, ValueKind.COUNT);
    }

    private ValueKind measureKind(String measure) {
        return brief.measures().stream().filter(m -> m.column().equals(measure) || m.label().equals(measure))
                .map(Measure::kind).findFirst().orElse(brief.primaryMeasure().kind());
    }

    private String measureLabel(String measure) {
        return brief.measures().stream().filter(m -> m.column().equals(measure) || m.label().equals(measure))
                .map(Measure::label).findFirst().orElse(measure);
    }
}
