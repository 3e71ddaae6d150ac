package segbrief.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import segbrief.brief.ValueKind;
import segbrief.spec.BriefSpec.KpiSpec;
import segbrief.spec.BriefSpec.MeasureSpec;

/**
 * Reads {@code kpis:}, the executive page's tiles in order: {@code customers}, {@code rows} (or {@code transactions},
 * {@code records}), a measure by its column or label (its total for money and counts, else its mean), or
 * {@code {measure: rating, stat: mean}} with stat sum, mean or per_customer.
 */
final class KpiLoader {
    static final int MAX = 5;
    private static final Set<String> STATS = Set.of("sum", "mean", "per_customer");

    private KpiLoader() {}

    static List<KpiSpec> kpis(YamlNode n, List<MeasureSpec> measures, boolean hasCustomers) {
        List<YamlNode> items = n.list();
        if (items.isEmpty() || items.size() > MAX) {
            throw n.error("kpis needs 1 to " + MAX + " tiles, not " + items.size(), "list at most " + MAX + " tiles");
        }
        List<KpiSpec> out = new ArrayList<>();
        for (YamlNode item : items) {
            KpiSpec k = item.isScalar() ? named(item, measures) : detailed(item, measures);
            if (!hasCustomers && (k.what().equals("customers") || "per_customer".equals(k.stat()))) {
                throw item.error("a KPI per customer needs customer_id", "set customer_id: or remove this tile");
            }
            out.add(k);
        }
        return out;
    }

    private static KpiSpec named(YamlNode item, List<MeasureSpec> measures) {
        String name = key(item.text());
        if (name.equals("customers")) return new KpiSpec("customers", -1, null, item.line());
        if (Set.of("rows", "transactions", "records").contains(name)) return new KpiSpec("rows", -1, null, item.line());
        int i = measure(item, measures);
        ValueKind kind = measures.get(i).kind();
        return new KpiSpec("measure", i, kind == ValueKind.NUMBER ? "mean" : "sum", item.line());
    }

    private static KpiSpec detailed(YamlNode item, List<MeasureSpec> measures) {
        Map<String, YamlNode> m = item.map(Set.of("measure", "stat"));
        if (!m.containsKey("measure")) throw item.error("a KPI tile needs measure:", "e.g. {measure: rating, stat: mean}");
        int i = measure(m.get("measure"), measures);
        String stat = measures.get(i).kind() == ValueKind.NUMBER ? "mean" : "sum";
        if (m.containsKey("stat")) {
            stat = m.get("stat").text().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            if (!STATS.contains(stat)) {
                throw m.get("stat").error("stat must be sum, mean or per_customer, not \"" + m.get("stat").text() + "\"", null);
            }
        }
        return new KpiSpec("measure", i, stat, item.line());
    }

    /** The measure named by its column or its label, matched ignoring case, spaces and punctuation. */
    private static int measure(YamlNode n, List<MeasureSpec> measures) {
        String want = key(n.text());
        for (int i = 0; i < measures.size(); i++) {
            MeasureSpec ms = measures.get(i);
            if (key(ms.column().name()).equals(want) || key(ms.label()).equals(want)) return i;
        }
        List<String> names = new ArrayList<>(List.of("customers", "rows"));
        measures.forEach(ms -> names.add(ms.column().name()));
        throw n.error("KPI \"" + n.text() + "\" is not customers, rows or a measure", "one of: " + String.join(", ", names));
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
