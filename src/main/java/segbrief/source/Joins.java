package segbrief.source;

import java.util.List;
import java.util.Map;
import segbrief.engine.Engine;
import segbrief.spec.BriefSpec;
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

    /**
     * The FROM clause joining the sources' views ({@code src_0}, {@code src_1}, …), each to the ones before it on its
     * key, with a note for each join key repeated on its right side (its rows then count once per match).
     */
    public static String from(Engine engine, BriefSpec spec, List<Map<String, String>> headers, List<String> notes) {
        StringBuilder from = new StringBuilder("src_0");
        List<SourceSpec> sources = spec.sources();
        for (int i = 1; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            String left = src.joinLeft().name();
            String right = src.joinRight().name();
            long dupes = engine.scalar("repeated join keys of " + src.name(),
                    "SELECT count(*) - count(DISTINCT " + Sql.id(right) + ") FROM src_" + i);
            if (dupes > 0) {
                notes.add(src.name() + ": " + dupes + " repeated values of join key \"" + right
                        + "\"; rows matching them are counted once per match");
            }
            from.append(" LEFT JOIN src_").append(i).append(" ON ");
            from.append(owner(headers, left, i)).append('.').append(Sql.id(left))
                    .append(" = src_").append(i).append('.').append(Sql.id(right));
        }
        return from.toString();
    }

    /** A note for each join whose left key has rows with no match on the right, counted over {@code table}. */
    public static void unmatched(Engine engine, BriefSpec spec, String table, List<String> notes) {
        List<SourceSpec> sources = spec.sources();
        for (int i = 1; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            String left = Sql.id(src.joinLeft().name());
            String right = Sql.id(src.joinRight().name());
            long unmatched = engine.scalar("unmatched join keys of " + src.name(), """
                    SELECT count(*) FROM %s f
                    WHERE f.%s IS NOT NULL AND NOT EXISTS (SELECT 1 FROM src_%d s WHERE s.%s = f.%s)"""
                    .formatted(table, left, i, right, left));
            if (unmatched > 0) {
                notes.add(unmatched + " rows have a \"" + src.joinLeft().name() + "\" with no match in " + src.name()
                        + "; their " + src.name() + " columns are \"(missing)\"");
            }
        }
    }
}
