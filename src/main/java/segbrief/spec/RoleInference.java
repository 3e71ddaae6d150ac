package segbrief.spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import segbrief.brief.ValueKind;
import segbrief.spec.BriefSpec.BinSpec;
import segbrief.spec.BriefSpec.ClusterSpec;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.CrossTabSpec;
import segbrief.spec.BriefSpec.DimensionSpec;
import segbrief.spec.BriefSpec.MeasureSpec;
import segbrief.spec.BriefSpec.QuestionSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * The spec a person would write for a file they hand over with no spec: which column is the customer id, the
 * date, the money (the primary measure), the dimensions a marketer looks at, the ages to bracket. Works from
 * header words and column counts only, so it is deterministic and explainable.
 */
public final class RoleInference {
    private static final Pattern CUSTOMER = word("(customer|cust|client|user|donor|member|buyer|shopper|account|consumer|kunden?|kd)s? ?(id|no|number|key|code|ref|nummer|nr\\.?)?");
    private static final Pattern EVENT_ID = word("(order|transaction|txn|donation|invoice|receipt|purchase|payment|line|row|event|session|product|item|sku|aisle|department|bestell|rechnungs|beleg|auftrags|artikel)s? ?(id|no|number|key|code|nummer|nr)");
    private static final Pattern ANY_ID = Pattern.compile("(^|[^a-z])(id|uuid|guid|key)$|^id[^a-z]|(^|\\s)id(\\s|$)");
    private static final Pattern PERSONAL = word(".*(first ?name|last ?name|surname|full ?name|^name$|email|e-mail|phone|address|street|zip|postcode|postal|ip address|password).*");
    private static final Pattern DATE = word(".*(date|time|timestamp|day|created|joined|purchased|ordered|signup|paid at|datum|zeit).*");
    private static final Pattern YEAR = word("(year|yr|fiscal year)");
    private static final Pattern MONEY = word(".*(amount|amt|spend|spent|sales|revenue|turnover|price|prices|cost|payment|paid|value|total|donation|donated|gmv|income|salary|earning|monetary|\\$|€|£|usd|eur|gbp|betrag|umsatz|preis|summe|brutto|netto|erlös|erlos).*");
    private static final Pattern COUNT = word(".*(quantity|qty|items|units|count|orders|purchases|visits|number of|num |menge|anzahl|stück|stuck).*");
    private static final Pattern NOT_MONEY = word(".*(score|rating|rank|index|percent|pct|rate|ratio|days|since|age|hour|dow|weekday|number|no\\.|order|dependant|dependent|children).*");
    private static final Pattern CALENDAR = word(".*(hour|day of week|dow|weekday|week day|month|quarter|weekofyear|week of year).*");
    private static final Pattern AGE = word("(age|customer age|age years|age \\(years\\))");
    private static final Pattern INCOME = word(".*(income|salary|earnings).*");
    private static final Pattern GENDER = word("(gender|genre|sex)");
    private static final Pattern CHANNEL = word(".*(device|channel|platform|source|membership|tier|plan|segment|os|browser|payment method|medium).*");
    private static final Pattern CATEGORY = word(".*(category|product|department|genre|type|brand|city|state|region|country|education|language|kategorie|produkt|warengruppe|land|stadt|ort).*");

    private static final Pattern EMAIL = word("(customer |billing |buyer )?(email|e-mail|e mail|email address)");

    private RoleInference() {}

    /** Headers in German: an accounting export from a German-speaking office, read with its conventions. */
    private static final Pattern GERMAN = word(".*(kunde|datum|betrag|umsatz|rechnung|beleg|bestell|menge|anzahl|preis|summe|artikel|warengruppe|stadt|land|netto|brutto).*");

    /** The currency the money column's header names (Amount (€), Betrag EUR), else EUR for German headers, else USD. */
    static String currency(List<ColumnFacts> columns, MeasureSpec primary) {
        String h = primary.column().name().toLowerCase(Locale.ROOT);
        if (h.contains("€") || h.matches(".*\\beur\\b.*")) return "EUR";
        if (h.contains("£") || h.matches(".*\\bgbp\\b.*")) return "GBP";
        if (h.contains("¥") || h.matches(".*\\bjpy\\b.*")) return "JPY";
        if (h.matches(".*\\bchf\\b.*")) return "CHF";
        if (h.matches(".*\\binr\\b.*") || h.contains("₹")) return "INR";
        return german(columns) ? "EUR" : "USD";
    }

    static String locale(List<ColumnFacts> columns) {
        return german(columns) ? "de-DE" : "en-US";
    }

    private static boolean german(List<ColumnFacts> columns) {
        return columns.stream().filter(c -> GERMAN.matcher(norm(c.name())).matches()).count() >= 2;
    }

    /** Nearly one distinct value per row, over enough rows to tell: a name, an id or a free-text field. */
    static boolean identifierLike(ColumnFacts c) {
        return c.nonMissing() >= 20 && c.distinct() >= 0.9 * c.nonMissing();
    }

    private static Pattern word(String regex) {
        return Pattern.compile("^" + regex + "$");
    }

    /** Lower case, underscores and runs of space folded, units in parentheses dropped: "Annual Income (k$)" → "annual income". */
    static String norm(String header) {
        String s = header.strip().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT)
                .replace('_', ' ').replace('-', ' ').replaceAll("\\s+", " ").strip();
        String noUnits = s.replaceAll("\\s*\\([^)]*\\)", "").strip();
        return noUnits.isEmpty() ? s : noUnits;
    }

    public static BriefSpec infer(Path file, List<ColumnFacts> columns) {
        long rows = columns.isEmpty() ? 0 : columns.getFirst().rows();
        List<ColumnFacts> left = new ArrayList<>(columns);

        ColumnFacts customer = pick(left, c -> CUSTOMER.matcher(norm(c.name())).matches() && !c.numeric() || CUSTOMER.matcher(norm(c.name())).matches() && c.integral());
        if (customer == null) {
            customer = pick(left, c -> ANY_ID.matcher(norm(c.name())).find() && !EVENT_ID.matcher(norm(c.name())).matches()
                    && c.distinct() >= 0.95 * c.nonMissing() && c.nonMissing() > 0);
        }
        if (customer == null) {
            // shop exports name customers by e-mail only; the address is the key (never shown on a page)
            customer = pick(left, c -> EMAIL.matcher(norm(c.name())).matches() && c.text() && c.nonMissing() > 0);
        }
        left.remove(customer);
        left.removeIf(c -> isId(c) || PERSONAL.matcher(norm(c.name())).matches());

        ColumnFacts date = pick(left, c -> c.temporal() && DATE.matcher(norm(c.name())).matches());
        if (date == null) date = pick(left, ColumnFacts::temporal);
        if (date == null) date = pick(left, c -> YEAR.matcher(norm(c.name())).matches() && c.numeric() && c.integral() && c.min() >= 1900 && c.max() <= 2200);
        left.remove(date);
        left.removeIf(ColumnFacts::temporal);

        List<ColumnFacts> ages = left.stream().filter(c -> c.numeric() && AGE.matcher(norm(c.name())).matches()).toList();
        List<MeasureSpec> measures = new ArrayList<>();
        List<DimensionSpec> dims = new ArrayList<>();
        List<BinSpec> bins = new ArrayList<>();
        for (ColumnFacts c : left) {
            String n = norm(c.name());
            if (ages.contains(c)) {
                bins.add(new BinSpec(col(c), "Age bracket", List.of(18.0, 25.0, 35.0, 45.0, 55.0, 65.0), List.of(), 0));
            } else if (c.numeric() && (isCode(c, rows) || c.integral() && CALENDAR.matcher(n).matches() && c.distinct() <= 60)
                    && !MONEY.matcher(n).matches()) {
                dims.add(new DimensionSpec(col(c), pretty(c.name())));
            } else if (c.numeric() && (c.distinct() >= 2 || rows < 3  // one value says nothing of a row or two
                    || measures.isEmpty() && left.stream().filter(ColumnFacts::numeric).count() == 1)) {
                ValueKind kind = MONEY.matcher(n).matches() && !NOT_MONEY.matcher(n).matches() && !INCOME.matcher(n).matches() ? ValueKind.MONEY
                        : COUNT.matcher(n).matches() && c.integral() ? ValueKind.COUNT : ValueKind.NUMBER;
                measures.add(new MeasureSpec(col(c), pretty(c.name()), kind, false));
                if (INCOME.matcher(n).matches()) {
                    bins.add(new BinSpec(col(c), pretty(c.name()) + " band", List.of(), List.of(), 5));
                }
            } else if (c.text() && c.distinct() >= 2 && c.distinct() <= Math.max(60, Math.min(1000, rows / 20))
                    && !identifierLike(c)) {
                // one value says nothing about segments; one value per row is a name or a code, not a segment
                dims.add(new DimensionSpec(col(c), pretty(c.name())));
            }
        }
        if (measures.isEmpty()) {
            throw new segbrief.UserError(segbrief.UserError.Kind.DATA, file.toString(), "found no numeric column to measure",
                    "columns: " + String.join(", ", columns.stream().map(ColumnFacts::name).toList()) + "; write a brief.yaml to say which column holds the values");
        }
        measures.sort(Comparator.comparingInt(RoleInference::measureRank));
        MeasureSpec first = measures.getFirst();
        measures.set(0, new MeasureSpec(first.column(), first.label(), first.kind(), true));
        measures = measures.subList(0, Math.min(measures.size(), 4));

        Optional<DimensionSpec> gender = dims.stream().filter(d -> GENDER.matcher(norm(d.column().name())).matches()).findFirst();
        List<QuestionSpec> questions = questions(dims, bins, gender.orElse(null), d -> distinct(columns, d));
        List<CrossTabSpec> crossTabs = new ArrayList<>();
        List<DimensionSpec> others = dims.stream().filter(d -> gender.isEmpty() || d != gender.get()).toList();
        if (gender.isPresent() && !others.isEmpty()) crossTabs.add(new CrossTabSpec(others.getFirst().column(), gender.get().column()));

        List<Col> distributions = new ArrayList<>();
        distributions.add(measures.getFirst().column());
        bins.forEach(b -> distributions.add(b.column()));
        measures.stream().skip(1).limit(2).forEach(m -> distributions.add(m.column()));

        ClusterSpec clusters = null;
        boolean perCustomer = customer == null || customer.distinct() >= 0.95 * rows;
        List<Col> features = new ArrayList<>();
        if (perCustomer) {
            measures.stream().filter(m -> m.kind() != ValueKind.COUNT).limit(4).forEach(m -> features.add(m.column()));
            ages.forEach(a -> features.add(col(a)));
        }
        if (features.size() >= 2) clusters = new ClusterSpec(features.subList(0, Math.min(5, features.size())), null, "zscore", 0);
        else if (customer != null && date != null && measures.getFirst().kind() == ValueKind.MONEY) {
            clusters = new ClusterSpec(List.of(), null, "zscore", 0);  // spend, orders, order value, recency
        }

        String stem = SpecLoader.stem(file.getFileName().toString());
        String title = SpecLoader.label(stem.replaceAll("[-_]+", " "));
        return new BriefSpec(file.toString(), file.toAbsolutePath().getParent(), SpecLoader.slug(stem), title,
                "Automatic brief: roles inferred from the data", currency(columns, measures.getFirst()), locale(columns), "A4", 42,
                List.of(new SourceSpec(stem, file.toAbsolutePath().normalize(), null, null, 0)),
                customer == null ? null : col(customer), date == null ? null : col(date), List.of(), measures, dims, bins,
                crossTabs, "auto", distributions.stream().distinct().toList(), gender.map(DimensionSpec::column).orElse(null),
                questions, clusters, null, null, null);
    }

    /**
     * The questions the executive page answers when a spec names dimensions but asks none: the ones a brief without a
     * spec would ask of the same dimensions ({@code distinct} gives each dimension's number of values).
     */
    public static List<QuestionSpec> defaultQuestions(List<DimensionSpec> dims, List<BinSpec> bins,
                                                      java.util.function.ToLongFunction<DimensionSpec> distinct) {
        DimensionSpec gender = dims.stream().filter(d -> GENDER.matcher(norm(d.column().name())).matches()).findFirst().orElse(null);
        return questions(dims, bins, gender, distinct);
    }

    private static List<QuestionSpec> questions(List<DimensionSpec> dims, List<BinSpec> bins, DimensionSpec gender,
                                                java.util.function.ToLongFunction<DimensionSpec> distinct) {
        List<QuestionSpec> out = new ArrayList<>();
        Col split = gender == null ? null : gender.column();
        List<DimensionSpec> candidates = dims.stream().filter(d -> d != gender).toList();
        Optional<DimensionSpec> category = candidates.stream()
                .filter(d -> CATEGORY.matcher(norm(d.column().name())).matches() && distinct.applyAsLong(d) > 3)
                .max(Comparator.comparingLong(d -> distinct.applyAsLong(d)));
        category.ifPresent(d -> out.add(new QuestionSpec(null, d.column(), 3, null, 0)));
        Optional<DimensionSpec> channel = candidates.stream()
                .filter(d -> category.isEmpty() || d != category.get())
                .filter(d -> distinct.applyAsLong(d) <= 8)
                .min(Comparator.comparingInt(d -> CHANNEL.matcher(norm(d.column().name())).matches() ? 0 : 1));
        channel.ifPresent(d -> out.add(new QuestionSpec(null, d.column(), 0, split, 0)));
        bins.stream().filter(b -> b.quantiles() == 0).findFirst()
                .ifPresent(b -> out.add(new QuestionSpec(null, b.column(), 0, split, 0)));
        for (BinSpec b : bins) {
            if (out.size() < 3 && b.quantiles() > 0) out.add(new QuestionSpec(null, b.column(), 0, split, 0));
        }
        for (DimensionSpec d : candidates) {
            if (out.size() < 3 && out.stream().noneMatch(q -> d.column().equals(q.dimension()))) {
                out.add(new QuestionSpec(null, d.column(), distinct.applyAsLong(d) > 6 ? 3 : 0, null, 0));
            }
        }
        if (out.size() < 3 && gender != null) out.add(new QuestionSpec(null, gender.column(), 0, null, 0));
        return out;
    }

    /** "AnnualIncome" → "Annual income", "Spending Score (1-100)" → "Spending score (1-100)", "Genre" → "Gender". */
    static String pretty(String header) {
        if (GENDER.matcher(norm(header)).matches()) return "Gender";
        String s = header.strip().replaceAll("([a-z])([A-Z])", "$1 $2").replace('_', ' ').replaceAll("\\s+", " ");
        String lower = s.toLowerCase(Locale.ROOT);
        String kept = s.replaceAll("\\(.*\\)", "");
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1, kept.strip().length()) + s.substring(kept.strip().length());
    }

    private static long distinct(List<ColumnFacts> facts, DimensionSpec d) {
        return facts.stream().filter(f -> f.name().equals(d.column().name())).mapToLong(ColumnFacts::distinct).findFirst().orElse(0);
    }

    private static int measureRank(MeasureSpec m) {
        String n = norm(m.column().name());
        if (m.kind() == ValueKind.MONEY) {
            if (n.matches(".*(total|amount|sales|revenue|spend|spent|donation|payment).*")) return 0;
            return 1;
        }
        if (m.kind() == ValueKind.COUNT) return 2;
        if (n.contains("spend") || n.contains("score")) return 3;
        return 4;
    }

    private static boolean isId(ColumnFacts c) {
        String n = norm(c.name());
        return EVENT_ID.matcher(n).matches() || ANY_ID.matcher(n).find() && c.distinct() >= 0.5 * Math.max(1, c.nonMissing());
    }

    /** A small set of whole numbers that labels groups (segment 1-5, dependants 0-3) rather than measuring. */
    private static boolean isCode(ColumnFacts c, long rows) {
        return c.integral() && c.distinct() <= 12 && c.max() <= 100 && rows > 3 * c.distinct() && !COUNT.matcher(norm(c.name())).matches();
    }

    private static ColumnFacts pick(List<ColumnFacts> cols, java.util.function.Predicate<ColumnFacts> p) {
        return cols.stream().filter(p).findFirst().orElse(null);
    }

    private static Col col(ColumnFacts c) {
        return new Col(c.name(), 0);
    }
}
