package segbrief.source;

import java.util.List;
import java.util.Map;
import segbrief.spec.BriefSpec.SourceSpec;

/** How a spec's sources join, as every engine's ingest reads it: each source to the ones before it, on its key. */
public final class Joins {
    private Joins() {}

    /** The view ({@code src_i}) of the first source before {@code before} whose columns hold {@code column}. */
    public static String owner(List<Map<String, String>> headers, String column, int before) {
        for (int i = 0; i < before; i++) if (headers.get(i).containsKey(column)) return "src_" + i;
        return "src_0";
    }

    /** Whether {@code c} is a join key on either side of any join. */
    public static boolean isJoinKey(List<SourceSpec> sources, String c) {
        for (SourceSpec s : sources) {
            if (s.joinLeft() != null && (s.joinLeft().name().equals(c) || s.joinRight().name().equals(c))) return true;
        }
        return false;
    }
}
