package segbrief.pipeline;

import java.util.ArrayList;
import java.util.List;
import segbrief.spec.BriefSpec;
import segbrief.spec.RecipientSpec;

/** How a recipient's brief differs from the whole data's: its title, its questions, the rule its rows follow. */
final class RecipientNote {
    private RecipientNote() {}

    /** "region is North or North-East and channel is Web". */
    static String rule(RecipientSpec r) {
        List<String> parts = new ArrayList<>();
        for (var e : r.filter().entrySet()) {
            List<String> v = e.getValue();
            String values = v.size() == 1 ? v.getFirst()
                    : String.join(", ", v.subList(0, v.size() - 1)) + " or " + v.getLast();
            parts.add(e.getKey().name() + " is " + values);
        }
        return String.join(" and ", parts);
    }

    /** The spec a recipient's brief is computed with: their title ("Sales · North") and questions, the rest shared. */
    static BriefSpec spec(BriefSpec whole, RecipientSpec r) {
        BriefSpec s = whole.withTitle(r.title() != null ? r.title() : whole.title() + " · " + r.name()).withRecipients(List.of());
        return r.questions().isEmpty() ? s : s.withQuestions(r.questions());
    }
}
