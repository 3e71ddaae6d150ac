package segbrief.spec;

import java.util.List;
import java.util.Map;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.QuestionSpec;

/**
 * One recipient of a brief of their own: the rows whose dimension values match {@code filter}, sent to {@code to}.
 *
 * @param slug      the recipient's folder name under the period's folder ("north-east")
 * @param filter    column → the values it keeps (a row is kept when every column holds one of its values)
 * @param title     the brief's title for this recipient, or null for the spec's title and the recipient's name
 * @param questions the executive page's questions for this recipient, or empty for the spec's
 */
public record RecipientSpec(String name, String slug, List<String> to, Map<Col, List<String>> filter, String title,
                            List<QuestionSpec> questions, int line) {
    public RecipientSpec {
        to = List.copyOf(to);
        var f = new java.util.LinkedHashMap<Col, List<String>>();
        filter.forEach((k, v) -> f.put(k, List.copyOf(v)));
        filter = java.util.Collections.unmodifiableMap(f);
        questions = List.copyOf(questions);
    }
}
