package segbrief.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import segbrief.UserError;
import segbrief.spec.BriefSpec.BinSpec;
import segbrief.spec.BriefSpec.ClusterSpec;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.CrossTabSpec;
import segbrief.spec.BriefSpec.DimensionSpec;
import segbrief.spec.BriefSpec.MeasureSpec;
import segbrief.spec.BriefSpec.QuestionSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * Maps the column names a spec uses onto the real headers. Header variants are normal input: "Annual Income (k$)",
 * "annual_income" and " annual income " name the same column. A name that matches nothing is an error naming the
 * spec line and listing the columns that exist.
 */
public final class ColumnResolver {
    private final Map<String, String> byName = new LinkedHashMap<>();
    private final String origin;

    /** @param columns every column available, in order (sources' headers, then derived columns) */
    public ColumnResolver(String origin, Collection<String> columns) {
        this.origin = origin;
        for (String c : columns) byName.putIfAbsent(c, c);
    }

    public String resolve(Col col) {
        String want = col.name();
        if (byName.containsKey(want)) return want;
        List<java.util.function.Function<String, String>> keys = List.of(
                s -> s.strip().toLowerCase(Locale.ROOT),
                ColumnResolver::squash,
                s -> squash(s.replaceAll("\\([^)]*\\)", "")));
        for (var key : keys) {
            String k = key.apply(want);
            List<String> hits = byName.keySet().stream().filter(c -> key.apply(c).equals(k)).toList();
            if (hits.size() == 1) return hits.getFirst();
        }
        String near = byName.keySet().stream()
                .min(java.util.Comparator.comparingInt(c -> distance(squash(c), squash(want))))
                .orElse(null);
        String hint = "columns: " + String.join(", ", byName.keySet());
        if (near != null && distance(squash(near), squash(want)) <= Math.max(2, want.length() / 4)) {
            hint = "did you mean \"" + near + "\"? " + hint;
        }
        throw new UserError(UserError.Kind.SPEC, origin + (col.line() > 0 ? " line " + col.line() : ""),
                "column \"" + want + "\" not found in the data", hint);
    }

    /** The same spec with every column reference replaced by its real header. */
    public BriefSpec apply(BriefSpec s) {
        UnaryOperator<Col> r = c -> c == null ? null : new Col(resolve(c), c.line());
        List<SourceSpec> sources = s.sources().stream().map(x -> new SourceSpec(x.name(), x.file(),
                x.joinLeft() == null ? null : r.apply(x.joinLeft()),
                x.joinRight() == null ? null : r.apply(x.joinRight()), x.line(), x.decimal())).toList();
        List<MeasureSpec> measures = s.measures().stream()
                .map(m -> new MeasureSpec(r.apply(m.column()), m.label(), m.kind(), m.primary())).toList();
        List<DimensionSpec> dims = s.dimensions().stream()
                .map(d -> new DimensionSpec(r.apply(d.column()), d.label())).toList();
        List<BinSpec> bins = s.bins().stream()
                .map(b -> new BinSpec(r.apply(b.column()), b.label(), b.edges(), b.labels(), b.quantiles())).toList();
        List<CrossTabSpec> xt = s.crossTabs().stream()
                .map(c -> new CrossTabSpec(r.apply(c.rows()), r.apply(c.columns()))).toList();
        List<QuestionSpec> qs = s.questions().stream()
                .map(q -> new QuestionSpec(q.ask(), r.apply(q.dimension()), q.top(),
                        q.split() == null ? null : r.apply(q.split()), q.line(), q.trend())).toList();
        ClusterSpec cl = s.clusters() == null ? null : new ClusterSpec(
                s.clusters().features().stream().map(r).toList(), s.clusters().k(), s.clusters().scaling(), s.clusters().line());
        List<Col> dist = new ArrayList<>(s.distributionColumns().stream().map(r).toList());
        return new BriefSpec(s.origin(), s.baseDir(), s.name(), s.title(), s.subtitle(), s.currency(), s.locale(),
                s.page(), s.seed(), sources, r.apply(s.customerId()), r.apply(s.date()), s.derive(), measures, dims,
                bins, xt, s.trend(), dist, r.apply(s.distributionBy()), qs, cl, s.email(), s.period(), s.filter(), s.minCustomers(),
                s.recipients().stream().map(x -> recipient(x, r)).toList(), s.brand(), r.apply(s.orderId()), s.kpis());
    }

    private static RecipientSpec recipient(RecipientSpec x, UnaryOperator<Col> r) {
        Map<Col, List<String>> filter = new LinkedHashMap<>();
        x.filter().forEach((c, v) -> filter.merge(r.apply(c), v, (a, b) -> a.stream().filter(b::contains).toList()));
        List<QuestionSpec> qs = x.questions().stream()
                .map(q -> new QuestionSpec(q.ask(), r.apply(q.dimension()), q.top(),
                        q.split() == null ? null : r.apply(q.split()), q.line(), q.trend())).toList();
        return new RecipientSpec(x.name(), x.slug(), x.to(), filter, x.title(), qs, x.line());
    }

    static String squash(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
