package segbrief.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import segbrief.brief.Brief;
import segbrief.brief.Claim;
import segbrief.brief.Claim.Kind;
import segbrief.brief.Finding;

/**
 * The mapping from words to evidence: every comparative phrase of a finding, the headline and the recommendation
 * renders a passed claim of its kind, listed with the finding; a claim that did not pass is said as too close to call
 * or as "about the same" (or, for a leader's value per customer whose interval lies below 1, "less than the rest").
 */
final class SentenceClaims {
    private SentenceClaims() {}

    /** Phrase → the kind of claim that must have passed for the phrase to be written. */
    private static final Map<String, Kind> PHRASES = Map.of(
            " gives most", Kind.LEADS, " leads with ", Kind.LEADS, " has the highest ", Kind.HIGHEST_MEAN,
            " peaked in ", Kind.PEAK, "Lowest is ", Kind.LOWEST_MEAN, " Within ", Kind.WITHIN, "the low was ", Kind.LOW,
            "for the rest (", Kind.LIFT);

    static void check(Brief b) {
        Map<String, Claim> claims = b.claims().stream().collect(Collectors.toMap(Claim::id, Function.identity()));
        for (Finding f : b.findings()) {
            List<Claim> used = f.claims().stream().map(id -> {
                assertThat(claims).as("claim " + id + " of " + f.key()).containsKey(id);
                return claims.get(id);
            }).toList();
            String text = f.title() + ". " + f.answer();
            for (var e : PHRASES.entrySet()) {
                if (!text.contains(e.getKey())) continue;
                assertThat(used).as("\"" + e.getKey().strip() + "\" in: " + text)
                        .anyMatch(c -> c.kind() == e.getValue() && c.passed());
            }
            for (Claim c : used) {
                if (!c.passed()) {
                    assertThat(text).as(c.id() + " did not pass").containsAnyOf("too close to call", "about the same", "less than the rest");
                }
            }
        }
        String r = b.recommendation();
        if (r.startsWith("Focus")) {
            assertThat(b.claims()).as(r).anyMatch(c -> c.kind() == Kind.LIFT && c.passed() && r.contains(c.subject())
                    && c.low() > 1 && c.size() >= 30);
        }
        boolean headlineFromPassed = b.findings().stream().anyMatch(f -> f.title().equals(b.headline())
                && !f.claims().isEmpty() && claims.get(f.claims().getFirst()).passed());
        if (!headlineFromPassed) assertThat(b.headline()).doesNotContain("most", "highest", "leads", "peaked");
    }
}
