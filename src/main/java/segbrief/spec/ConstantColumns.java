package segbrief.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.spec.BriefSpec.ClusterSpec;
import segbrief.spec.BriefSpec.Col;
import segbrief.spec.BriefSpec.QuestionSpec;

/**
 * Columns holding one value tell no segment apart: a written spec's question on one is dropped (and so never
 * headlined), a split by one is left out, and a cluster feature that is one is left out, each with a note for the
 * appendix. A bare file's inferred spec never picks them in the first place.
 */
public final class ConstantColumns {
    private ConstantColumns() {}

    /** The columns whose number of values decides: the questions' dimensions and splits, and the cluster features. */
    public static List<String> asked(BriefSpec spec) {
        Set<String> out = new LinkedHashSet<>();
        for (QuestionSpec q : spec.questions()) {
            if (q.dimension() != null) out.add(q.dimension().name());
            if (q.split() != null) out.add(q.split().name());
        }
        if (spec.clusters() != null) spec.clusters().features().forEach(f -> out.add(f.name()));
        return List.copyOf(out);
    }

    /**
     * The spec without what a column of one value would ask or cluster by.
     *
     * @param distinct each column of {@link #asked} → its number of distinct values (missing not counted)
     * @param notes    receives one line per thing left out
     */
    public static BriefSpec leaveOut(BriefSpec spec, Map<String, Long> distinct, List<String> notes) {
        Set<String> constant = new LinkedHashSet<>();
        distinct.forEach((c, n) -> {
            if (n != null && n < 2) constant.add(c);
        });
        if (constant.isEmpty()) return spec;
        List<QuestionSpec> questions = new ArrayList<>();
        for (QuestionSpec q : spec.questions()) {
            String where = q.line() > 0 ? " (" + java.nio.file.Path.of(spec.origin()).getFileName() + " line " + q.line() + ")" : "";
            if (q.dimension() != null && constant.contains(q.dimension().name())) {
                notes.add("Question on \"" + q.dimension().name() + "\" left out" + where + ": the column holds "
                        + (distinct.get(q.dimension().name()) == 0 ? "no value" : "one value") + ", so it tells no segment apart");
                continue;
            }
            if (q.split() != null && constant.contains(q.split().name())) {
                notes.add("Split by \"" + q.split().name() + "\" left out" + where + ": the column holds one value at most");
                q = new QuestionSpec(q.ask(), q.dimension(), q.top(), null, q.line(), q.trend());
            }
            questions.add(q);
        }
        BriefSpec out = spec.withQuestions(questions);
        ClusterSpec c = spec.clusters();
        if (c == null) return out;
        List<Col> kept = c.features().stream().filter(f -> !constant.contains(f.name())).toList();
        if (kept.size() == c.features().size()) return out;
        String gone = String.join(", ", c.features().stream().filter(f -> constant.contains(f.name())).map(f -> "\"" + f.name() + "\"").toList());
        if (kept.isEmpty()) {
            notes.add("Customer clusters skipped: every feature (" + gone + ") holds one value at most, so there is nothing to group by");
            return out.withClusters(null);
        }
        notes.add("Cluster feature" + (c.features().size() - kept.size() > 1 ? "s " : " ") + gone
                + " left out: one value at most in every row, so it sets no customer apart");
        return out.withClusters(new ClusterSpec(kept, c.k(), c.scaling(), c.line()));
    }
}
