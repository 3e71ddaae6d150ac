package segbrief.render.html;

import java.util.List;

/** The text/plain part: the same brief as the HTML, readable on its own in any client, wrapped at 72. */
final class PlainTextBrief {
    private static final int WIDTH = 72;

    private PlainTextBrief() {}

    static String of(BriefView v) {
        StringBuilder s = new StringBuilder();
        s.append(v.title()).append('\n');
        if (!v.subtitle().isEmpty()) wrap(s, v.subtitle(), "");
        s.append(v.period());
        if (!v.dateRange().isEmpty()) s.append(" (").append(v.dateRange()).append(')');
        s.append("\n\n");
        if (!v.banner().isEmpty()) {
            wrap(s, "NOTE: " + v.banner(), "");
            s.append('\n');
        }
        wrap(s, v.headline(), "");
        if (!v.dataNote().isEmpty()) wrap(s, "Data note: " + v.dataNote(), "");
        if (!v.kpis().isEmpty()) {
            s.append("\nKEY FIGURES\n");
            int w = v.kpis().stream().mapToInt(k -> k.label().length()).max().orElse(0);
            for (BriefView.KpiView k : v.kpis()) {
                s.append("  ").append(k.label()).append(" ".repeat(w - k.label().length() + 2)).append(k.value());
                if (!k.change().isEmpty()) s.append("  (").append(k.change()).append(' ').append(k.versus()).append(')');
                s.append('\n');
            }
        }
        if (!v.since().isEmpty()) {
            s.append('\n').append(v.sinceTitle().toUpperCase(java.util.Locale.ROOT)).append('\n');
            for (String line : v.since()) wrap(s, "- " + line, "  ", "    ");
        }
        for (BriefView.FindingView x : v.findings()) {
            s.append('\n').append(x.number()).append(". ").append(x.question()).append('\n');
            wrap(s, x.title(), "   ");
            wrap(s, x.answer(), "   ");
        }
        if (!v.recommendation().isEmpty()) {
            s.append("\nRECOMMENDATION\n");
            wrap(s, v.recommendation(), "  ");
        }
        if (!v.clusters().isEmpty()) {
            s.append("\nCUSTOMER GROUPS\n");
            for (BriefView.ClusterView c : v.clusters()) wrap(s, "- " + c.name() + ": " + c.line(), "  ", "    ");
        } else if (!v.clusterNote().isEmpty()) {
            s.append('\n');
            wrap(s, v.clusterNote(), "");
        }
        s.append("\n--\n");
        wrap(s, "Period: " + v.period() + (v.dateRange().isEmpty() ? "" : " (" + v.dateRange() + ")")
                + ". " + v.rows() + ".", "");
        List<String> sources = v.sources();
        if (!sources.isEmpty()) wrap(s, "Sources: " + String.join(", ", sources) + ".", "");
        s.append(v.generator()).append('\n');
        return s.toString();
    }

    /** Appends {@code text} word-wrapped at {@link #WIDTH} with {@code indent} on every line. */
    static void wrap(StringBuilder s, String text, String indent) {
        wrap(s, text, indent, indent);
    }

    /** Appends {@code text} word-wrapped at {@link #WIDTH}, the first line indented by {@code first}. */
    static void wrap(StringBuilder s, String text, String first, String rest) {
        String indent = first;
        if (text.isEmpty()) return;
        int line = 0;
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) continue;
            if (line > 0 && line + 1 + word.length() > WIDTH) {
                s.append('\n');
                line = 0;
                indent = rest;
            }
            if (line == 0) {
                s.append(indent).append(word);
                line = indent.length() + word.length();
            } else {
                s.append(' ').append(word);
                line += 1 + word.length();
            }
        }
        s.append('\n');
    }
}
