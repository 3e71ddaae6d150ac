package segbrief.brief;

import java.util.List;

/**
 * One answer to one question of the spec.
 *
 * @param question the question as the spec asks it ("Which categories raise most?")
 * @param title    the finding as a chart title ("Games leads with €165.4k")
 * @param answer   the answer in words with its numbers
 * @param subject  the segment the answer is about, highlighted in its chart
 * @param evidence the figures the answer quotes, for JSON and tests
 * @param claims   ids of the claims ({@link Brief#claims()}) the title and answer render, the title's first
 */
public record Finding(String key, String question, String title, String answer, String subject,
                      List<Evidence> evidence, ChartSpec chart, List<String> claims) {
    public Finding {
        evidence = List.copyOf(evidence);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    public Finding(String key, String question, String title, String answer, String subject, List<Evidence> evidence,
                   ChartSpec chart) {
        this(key, question, title, answer, subject, evidence, chart, List.of());
    }

    public record Evidence(String label, double value, ValueKind kind) {}
}
