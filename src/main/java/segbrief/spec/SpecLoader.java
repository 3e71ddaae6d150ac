package segbrief.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import segbrief.UserError;
import segbrief.brief.ValueKind;
import segbrief.spec.BriefSpec.BinSpec;
import segbrief.spec.BriefSpec.ClusterSpec;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.CrossTabSpec;
import segbrief.spec.BriefSpec.DecimalMark;
import segbrief.spec.BriefSpec.DeriveSpec;
import segbrief.spec.BriefSpec.DimensionSpec;
import segbrief.spec.BriefSpec.EmailSpec;
import segbrief.spec.BriefSpec.MeasureSpec;
import segbrief.spec.BriefSpec.QuestionSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/** Reads brief.yaml into a {@link BriefSpec}, checking keys and types; columns are checked later against the data. */
public final class SpecLoader {
    static final Set<String> TOP = Set.of("title", "subtitle", "name", "currency", "locale", "page", "seed", "min_customers",
            "period", "sources", "customer_id", "date", "derive", "measures", "dimensions", "bins", "crosstabs", "trend",
            "distributions", "questions", "clusters", "email", "filter", "completeness", "recipients", "brand", "decimal",
            "order_id", "kpis");

    private SpecLoader() {}

    public static BriefSpec load(Path specFile) {
        String shown = specFile.toString();
        if (Files.isDirectory(specFile)) {
            throw new UserError(UserError.Kind.SPEC, shown, "is a folder, not a spec file", "give the path of a brief.yaml");
        }
        Node root;
        try (Reader r = Files.newBufferedReader(specFile, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true); // reported with a line number by YamlNode instead
            root = new Yaml(options).compose(r);
        } catch (NoSuchFileException e) {
            throw new UserError(UserError.Kind.SPEC, shown, "spec file not found", "give the path of a brief.yaml");
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            // the reader's decoding failure arrives wrapped in the parser's exception
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                throw new UserError(UserError.Kind.SPEC, shown, "is not UTF-8 text", "save the spec as UTF-8", e);
            }
            throw YamlErrors.of(shown, e);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.SPEC, shown, Files.isDirectory(specFile) ? "is a folder, not a spec file"
                    : e instanceof java.nio.charset.CharacterCodingException ? "is not UTF-8 text" : "cannot be read", "give the path of a brief.yaml", e);
        }
        if (root == null) throw new UserError(UserError.Kind.SPEC, shown, "the spec is empty", "see docs/spec.md");
        Path base = specFile.toAbsolutePath().getParent();
        return parse(new YamlNode(root, shown, ""), shown, base);
    }

    private static BriefSpec parse(YamlNode root, String origin, Path base) {
        Map<String, YamlNode> m = root.map(TOP);
        String title = required(m, "title", root).text();
        String name = m.containsKey("name") ? slug(m.get("name").text())
                : slug(base.getFileName() == null ? title : base.getFileName().toString());
        String currency = m.containsKey("currency") ? currency(m.get("currency")) : "USD";
        String locale = m.containsKey("locale") ? locale(m.get("locale")) : "en-US";
        String page = m.containsKey("page") ? page(m.get("page")) : "A4";
        long seed = m.containsKey("seed") ? m.get("seed").integer() : 42;

        List<SourceSpec> sources = sources(required(m, "sources", root), base,
                m.containsKey("decimal") ? decimal(m.get("decimal")) : null);
        Col customer = m.containsKey("customer_id") ? col(m.get("customer_id")) : null;
        Col date = m.containsKey("date") ? col(m.get("date")) : null;
        List<DeriveSpec> derive = m.containsKey("derive") ? derive(m.get("derive"), origin) : List.of();
        List<MeasureSpec> measures = measures(required(m, "measures", root));
        List<DimensionSpec> dims = m.containsKey("dimensions") ? dimensions(m.get("dimensions")) : List.of();
        List<BinSpec> bins = m.containsKey("bins") ? bins(m.get("bins")) : List.of();
        List<CrossTabSpec> crossTabs = new ArrayList<>();
        if (m.containsKey("crosstabs")) {
            for (YamlNode n : m.get("crosstabs").list()) {
                Map<String, YamlNode> c = n.map(Set.of("rows", "columns"));
                crossTabs.add(new CrossTabSpec(col(required(c, "rows", n)), col(required(c, "columns", n))));
            }
        }
        String trend = "auto";
        if (m.containsKey("trend")) {
            trend = m.get("trend").text().toLowerCase(Locale.ROOT);
            if (!Set.of("auto", "year", "quarter", "month", "none").contains(trend)) {
                throw m.get("trend").error("trend must be one of auto, year, quarter, month, none, not \"" + trend + "\"", null);
            }
        }
        List<Col> distCols = new ArrayList<>();
        Col distBy = null;
        if (m.containsKey("distributions")) {
            Map<String, YamlNode> d = m.get("distributions").map(Set.of("columns", "by"));
            if (d.containsKey("columns")) for (YamlNode n : d.get("columns").listOrOne()) distCols.add(col(n));
            if (d.containsKey("by")) distBy = col(d.get("by"));
        }
        List<QuestionSpec> questions = m.containsKey("questions") ? questions(m.get("questions")) : List.of();
        ClusterSpec clusters = m.containsKey("clusters") ? clusters(m.get("clusters")) : null;
        EmailSpec email = m.containsKey("email") ? email(m.get("email")) : null;
        return new BriefSpec(origin, base, name, title, m.containsKey("subtitle") ? m.get("subtitle").text() : "",
                currency, locale, page, seed, sources, customer, date, derive, measures, dims, bins, crossTabs,
                trend, distCols, distBy, questions, clusters, email,
                m.containsKey("period") ? period(m.get("period")) : null,
                m.containsKey("filter") ? filter(m.get("filter"), origin) : null, minCustomers(m),
                m.containsKey("recipients") ? recipients(m.get("recipients")) : List.of(),
                m.containsKey("brand") ? BrandLoader.brand(m.get("brand"), base) : null,
                m.containsKey("order_id") ? col(m.get("order_id")) : null,
                m.containsKey("kpis") ? KpiLoader.kpis(m.get("kpis"), measures, customer != null) : List.of());
    }

    /** Folder names a recipient's slug may not take: they are the period folder's own entries. */
    private static final Set<String> RESERVED = Set.of("tables", "outbox");

    private static List<RecipientSpec> recipients(YamlNode n) {
        List<RecipientSpec> out = new ArrayList<>();
        Map<String, Integer> slugs = new java.util.HashMap<>();
        for (YamlNode item : n.list()) {
            Map<String, YamlNode> r = item.map(Set.of("name", "to", "filter", "title", "questions"));
            String name = required(r, "name", item).text().strip();
            String slug = slug(name);
            if (name.isEmpty()) throw r.get("name").error("a recipient's name cannot be empty", null);
            if (RESERVED.contains(slug)) {
                throw r.get("name").error("a recipient cannot be named \"" + name + "\": its folder would be the brief's own \""
                        + slug + "\"", "choose another name");
            }
            Integer before = slugs.putIfAbsent(slug, r.get("name").line());
            if (before != null) {
                throw r.get("name").error("recipient \"" + name + "\" has the same folder name (" + slug + ") as the recipient on line "
                        + before, "give each recipient a distinct name");
            }
            List<String> to = new ArrayList<>();
            for (YamlNode t : required(r, "to", item).listOrOne()) {
                String a = t.text().strip();
                if (!a.matches("[^@\\s<>]+@[^@\\s<>]+|[^<>]*<[^@\\s<>]+@[^@\\s<>]+>")) {
                    throw t.error("\"" + a + "\" is not an email address", "e.g. north@example.com or \"North <north@example.com>\"");
                }
                to.add(a);
            }
            if (to.isEmpty()) throw r.get("to").error("recipient \"" + name + "\" needs at least one address in \"to\"", null);
            YamlNode f = required(r, "filter", item);
            if (!f.isMap()) throw f.error("a recipient's filter maps dimension columns to their values", "e.g. filter: {region: [North, North-East]}");
            Map<Col, List<String>> filter = new java.util.LinkedHashMap<>();
            for (var e : f.map(null).entrySet()) {
                List<String> values = new ArrayList<>();
                for (YamlNode v : e.getValue().listOrOne()) values.add(v.text());
                if (values.isEmpty()) throw e.getValue().error("filter column \"" + e.getKey() + "\" needs at least one value", null);
                filter.put(new Col(e.getKey(), e.getValue().line()), values);
            }
            if (filter.isEmpty()) throw f.error("recipient \"" + name + "\" needs a filter: an empty one would send them every row", "e.g. filter: {region: North}");
            out.add(new RecipientSpec(name, slug, to, filter, r.containsKey("title") ? r.get("title").text() : null,
                    r.containsKey("questions") ? questions(r.get("questions")) : List.of(), item.line()));
        }
        if (out.isEmpty()) throw n.error("\"recipients\" is empty", "list at least one, or remove the key");
        return out;
    }

    private static long minCustomers(Map<String, YamlNode> m) {
        if (!m.containsKey("min_customers")) return BriefSpec.DEFAULT_MIN_CUSTOMERS;
        long n = m.get("min_customers").integer();
        if (n < 2) throw m.get("min_customers").error("min_customers must be at least 2, not " + n, "e.g. min_customers: 30");
        return n;
    }

    private static YamlNode required(Map<String, YamlNode> m, String key, YamlNode parent) {
        YamlNode n = m.get(key);
        if (n == null) {
            String where = parent.path().isEmpty() ? key : parent.path() + "." + key;
            throw parent.error("missing required key \"" + where + "\"", "see docs/spec.md for a complete example");
        }
        return n;
    }

    static Col col(YamlNode n) { return new Col(n.text(), n.line()); }

    /** {@code decimal: comma} (1.234,56) or {@code point} (1,234.56): forces how a file's numbers are read. */
    private static DecimalMark decimal(YamlNode n) {
        return switch (n.text().strip().toLowerCase(Locale.ROOT)) {
            case "comma", "," -> DecimalMark.COMMA;
            case "point", "dot", "." -> DecimalMark.POINT;
            default -> throw n.error("decimal must be comma or point, not \"" + n.text() + "\"", "comma reads 1.234,56; point reads 1,234.56");
        };
    }

    /** @param decimal the spec's {@code decimal:} for every source, or null; a source's own key overrides it */
    private static List<SourceSpec> sources(YamlNode n, Path base, DecimalMark decimal) {
        List<SourceSpec> out = new ArrayList<>();
        List<YamlNode> items = n.list();
        if (items.isEmpty()) throw n.error("\"sources\" needs at least one file", null);
        for (YamlNode item : items) {
            Map<String, YamlNode> s = item.map(Set.of("name", "file", "join", "decimal"));
            String file = required(s, "file", item).text();
            String name = s.containsKey("name") ? s.get("name").text() : stem(file);
            Col left = null;
            Col right = null;
            if (s.containsKey("join")) {
                if (out.isEmpty()) throw s.get("join").error("the first source is the fact table; it cannot join", "move \"join\" to a later source");
                YamlNode j = s.get("join");
                if (j.isScalar()) {
                    left = col(j);
                    right = col(j);
                } else {
                    Map<String, YamlNode> jm = j.map(Set.of("left", "right", "on"));
                    if (jm.containsKey("on")) {
                        left = col(jm.get("on"));
                        right = left;
                    } else {
                        left = col(required(jm, "left", j));
                        right = col(required(jm, "right", j));
                    }
                }
            } else if (!out.isEmpty()) {
                throw item.error("source \"" + name + "\" needs \"join\" to say how it joins the sources before it",
                        "e.g. join: order_id, or join: {left: user_id, right: customer_id}");
            }
            out.add(new SourceSpec(name, FileSets.isRemote(Path.of(file)) ? Path.of(file) : base.resolve(file).normalize(), left, right, item.line(),
                    s.containsKey("decimal") ? decimal(s.get("decimal")) : decimal));
        }
        return out;
    }

    private static BriefSpec.FilterSpec filter(YamlNode n, String origin) {
        SqlExpression.check(n.text(), origin + " line " + n.line() + " (filter)");
        return new BriefSpec.FilterSpec(n.text(), n.line());
    }

    private static List<DeriveSpec> derive(YamlNode n, String origin) {
        List<DeriveSpec> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            Map<String, YamlNode> d = item.map(Set.of("column", "expr"));
            YamlNode expr = required(d, "expr", item);
            String column = required(d, "column", item).text();
            SqlExpression.check(expr.text(), origin + " line " + expr.line() + " (derive " + column + ")");
            out.add(new DeriveSpec(column, expr.text(), expr.line()));
        }
        return out;
    }

    private static List<MeasureSpec> measures(YamlNode n) {
        List<MeasureSpec> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            if (item.isScalar()) {
                out.add(new MeasureSpec(col(item), label(item.text()), ValueKind.NUMBER, false));
                continue;
            }
            Map<String, YamlNode> d = item.map(Set.of("column", "label", "kind", "primary"));
            Col c = col(required(d, "column", item));
            ValueKind kind = ValueKind.NUMBER;
            if (d.containsKey("kind")) {
                String k = d.get("kind").text().toLowerCase(Locale.ROOT);
                kind = switch (k) {
                    case "money" -> ValueKind.MONEY;
                    case "count" -> ValueKind.COUNT;
                    case "number" -> ValueKind.NUMBER;
                    default -> throw d.get("kind").error("measure kind must be money, count or number, not \"" + k + "\"", null);
                };
            }
            out.add(new MeasureSpec(c, d.containsKey("label") ? d.get("label").text() : label(c.name()), kind,
                    d.containsKey("primary") && d.get("primary").bool()));
        }
        if (out.isEmpty()) throw n.error("\"measures\" needs at least one numeric column", null);
        long primaries = out.stream().filter(MeasureSpec::primary).count();
        if (primaries > 1) throw n.error("only one measure can be primary", "remove primary: true from all but one");
        if (primaries == 0) {
            MeasureSpec first = out.getFirst();
            out.set(0, new MeasureSpec(first.column(), first.label(), first.kind(), true));
        }
        return out;
    }

    private static List<DimensionSpec> dimensions(YamlNode n) {
        List<DimensionSpec> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            if (item.isScalar()) {
                out.add(new DimensionSpec(col(item), label(item.text())));
            } else {
                Map<String, YamlNode> d = item.map(Set.of("column", "label"));
                Col c = col(required(d, "column", item));
                out.add(new DimensionSpec(c, d.containsKey("label") ? d.get("label").text() : label(c.name())));
            }
        }
        return out;
    }

    private static List<BinSpec> bins(YamlNode n) {
        List<BinSpec> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            Map<String, YamlNode> d = item.map(Set.of("column", "label", "edges", "labels", "quantiles"));
            Col c = col(required(d, "column", item));
            List<Double> edges = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            int quantiles = 0;
            if (d.containsKey("edges")) {
                for (YamlNode e : d.get("edges").list()) edges.add(e.number());
                for (int i = 1; i < edges.size(); i++) {
                    if (edges.get(i) <= edges.get(i - 1)) throw d.get("edges").error("bin edges must increase", null);
                }
                if (edges.isEmpty()) throw d.get("edges").error("bin edges cannot be empty", null);
            }
            if (d.containsKey("quantiles")) {
                quantiles = (int) d.get("quantiles").integer();
                if (quantiles < 2 || quantiles > 20) throw d.get("quantiles").error("quantiles must be between 2 and 20", null);
            }
            if (edges.isEmpty() == (quantiles == 0)) {
                throw item.error("bin \"" + c.name() + "\" needs either edges or quantiles", "e.g. edges: [18, 25, 35, 45, 55, 65]");
            }
            if (d.containsKey("labels")) {
                for (YamlNode l : d.get("labels").list()) labels.add(l.text());
                int expected = edges.isEmpty() ? quantiles : edges.size();
                if (labels.size() != expected) {
                    throw d.get("labels").error("bin \"" + c.name() + "\" has " + labels.size() + " labels but needs " + expected,
                            edges.isEmpty() ? "one per quantile band" : "one per edge: the last is the open-ended top bracket");
                }
            }
            out.add(new BinSpec(c, d.containsKey("label") ? d.get("label").text() : label(c.name()), edges, labels, quantiles));
        }
        return out;
    }

    private static List<QuestionSpec> questions(YamlNode n) {
        List<QuestionSpec> out = new ArrayList<>();
        for (YamlNode item : n.list()) {
            Map<String, YamlNode> q = item.map(Set.of("ask", "dimension", "top", "split", "trend"));
            if (q.containsKey("trend")) {
                String grain = q.get("trend").text().toLowerCase(Locale.ROOT);
                if (!Set.of("year", "quarter", "month").contains(grain)) {
                    throw q.get("trend").error("a trend question's grain must be year, quarter or month, not \"" + grain + "\"", null);
                }
                if (q.containsKey("dimension")) throw q.get("dimension").error("a question is about a dimension or a trend, not both", null);
                out.add(new QuestionSpec(q.containsKey("ask") ? q.get("ask").text() : null, null, 0, null, item.line(), grain));
                continue;
            }
            Col dim = col(required(q, "dimension", item));
            int top = q.containsKey("top") ? (int) q.get("top").integer() : 0;
            if (top < 0 || top > 10) throw q.get("top").error("top must be between 1 and 10", null);
            out.add(new QuestionSpec(q.containsKey("ask") ? q.get("ask").text() : null, dim, top,
                    q.containsKey("split") ? col(q.get("split")) : null, item.line()));
        }
        return out;
    }

    private static ClusterSpec clusters(YamlNode n) {
        Map<String, YamlNode> c = n.map(Set.of("features", "k", "scaling"));
        List<Col> features = new ArrayList<>();
        if (c.containsKey("features")) for (YamlNode f : c.get("features").listOrOne()) features.add(col(f));
        Integer k = null;
        if (c.containsKey("k")) {
            try {
                k = ClusterSpec.parseK(c.get("k").text());
            } catch (IllegalArgumentException e) {
                throw c.get("k").error("clusters." + e.getMessage(), null);
            }
        }
        String scaling = "zscore";
        if (c.containsKey("scaling")) {
            scaling = c.get("scaling").text().toLowerCase(Locale.ROOT);
            if (!Set.of("zscore", "robust", "log").contains(scaling)) {
                throw c.get("scaling").error("scaling must be zscore, robust or log, not \"" + scaling + "\"", null);
            }
        }
        return new ClusterSpec(features, k, scaling, n.line());
    }

    private static EmailSpec email(YamlNode n) {
        Map<String, YamlNode> e = n.map(Set.of("from", "to", "cc", "subject", "attach_pdf"));
        List<String> to = new ArrayList<>();
        List<String> cc = new ArrayList<>();
        if (e.containsKey("to")) for (YamlNode t : e.get("to").listOrOne()) to.add(t.text());
        if (e.containsKey("cc")) for (YamlNode t : e.get("cc").listOrOne()) cc.add(t.text());
        return new EmailSpec(e.containsKey("from") ? e.get("from").text() : "segbrief@localhost", to, cc,
                e.containsKey("subject") ? e.get("subject").text() : null,
                !e.containsKey("attach_pdf") || e.get("attach_pdf").bool());
    }

    private static String period(YamlNode n) {
        String p = n.text();
        if (!p.matches("\\d{4}(-[Qq][1-4]|-(0[1-9]|1[0-2]))?|(?i)all")) {
            throw n.error("period must be a year (2023), a quarter (2023-Q4), a month (2023-11) or all, not \"" + p + "\"", null);
        }
        return p.equalsIgnoreCase("all") ? null : p.toUpperCase(Locale.ROOT);
    }

    private static String currency(YamlNode n) {
        String c = n.text().toUpperCase(Locale.ROOT);
        try {
            return Currency.getInstance(c).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw n.error("\"" + c + "\" is not an ISO 4217 currency code", "e.g. EUR, USD, GBP, INR");
        }
    }

    private static String locale(YamlNode n) {
        String tag = n.text().replace('_', '-');
        Locale l = Locale.forLanguageTag(tag);
        if (l.getLanguage().isEmpty()) throw n.error("\"" + tag + "\" is not a locale", "e.g. en-US, en-IE, de-DE");
        return l.toLanguageTag();
    }

    private static String page(YamlNode n) {
        String p = n.text().toUpperCase(Locale.ROOT);
        if (!p.equals("A4") && !p.equals("LETTER")) throw n.error("page must be A4 or Letter, not \"" + n.text() + "\"", null);
        return p;
    }

    /** "Annual Income (k$)" → "Annual income (k$)"; "spending_score" → "Spending score". */
    public static String label(String column) {
        String s = column.strip().replace('_', ' ').replaceAll("\\s+", " ");
        if (s.isEmpty()) return column;
        if (!s.equals(s.toLowerCase(Locale.ROOT)) && !s.equals(s.toUpperCase(Locale.ROOT))) return s;
        s = s.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return out.isEmpty() ? "brief" : out;
    }

    static String stem(String file) {
        String f = Path.of(file).getFileName().toString();
        int dot = f.indexOf('.');
        return dot > 0 ? f.substring(0, dot) : f;
    }
}
