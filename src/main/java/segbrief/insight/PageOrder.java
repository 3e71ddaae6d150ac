package segbrief.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import segbrief.brief.Claim;
import segbrief.brief.Finding;

/**
 * The order in which findings earn a place on the executive page, strongest first: a finding whose title states a
 * passed claim, by that claim's q then p; then one whose answer holds a passed claim, by its best q; then the rest.
 * Ties keep the spec's order. The page shows as many as its layout holds and names the others.
 */
final class PageOrder {
    private PageOrder() {}

    static List<String> strongestFirst(List<Finding> findings, ClaimBook book) {
        record Ranked(String key, int tier, double q, double p, int order) {}
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding fd = findings.get(i);
            Claim title = fd.claims().isEmpty() ? null : book.get(fd.claims().getFirst());
            if (title != null && title.passed()) {
                ranked.add(new Ranked(fd.key(), 0, title.q(), title.p(), i));
                continue;
            }
            Claim inside = fd.claims().stream().map(book::get).filter(c -> c != null && c.passed())
                    .min(Comparator.comparingDouble(Claim::q).thenComparingDouble(Claim::p)).orElse(null);
            ranked.add(inside == null ? new Ranked(fd.key(), 2, 0, 0, i) : new Ranked(fd.key(), 1, inside.q(), inside.p(), i));
        }
        ranked.sort(Comparator.comparingInt(Ranked::tier).thenComparingDouble(Ranked::q).thenComparingDouble(Ranked::p)
                .thenComparingInt(Ranked::order));
        return ranked.stream().map(Ranked::key).toList();
    }
}
