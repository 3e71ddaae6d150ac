package segbrief.source;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.UserError;
import segbrief.brief.SourceInfo;
import segbrief.engine.Engine;
import segbrief.engine.Rows;
import segbrief.spec.BriefSpec.Col;

/**
 * One recipient's rows: a view over the ingested table that keeps the rows whose dimension values the filter names.
 * Every recipient's brief shares the one ingest; nothing is read again.
 */
public final class Slice {
    /** The value a filter names to keep rows where the column is empty, as the segment tables label them. */
    public static final String MISSING = "(missing)";

    private Slice() {}

    /**
     * Creates the view {@code facts_slice_<index>} and returns the ingested data as the recipient sees it: the view,
     * the recipient's own row counts, no other rows' rejections or notes.
     *
     * @param origin the spec file, for messages naming a filter value the data does not hold
     */
    public static Ingested of(Engine engine, Ingested data, int index, Map<Col, List<String>> filter, String origin,
                              String note) {
        String view = "facts_slice_" + index;
        List<String> where = new ArrayList<>();
        for (var e : filter.entrySet()) {
            String column = e.getKey().name();
            if (!data.columns().containsKey(column)) throw new IllegalStateException("filter column not ingested: " + column);
            check(engine, data.table(), e.getKey(), e.getValue(), origin);
            where.add(condition(engine, column, e.getValue()));
        }
        engine.execute("recipient slice", "CREATE OR REPLACE TEMP VIEW " + view + " AS SELECT * FROM " + data.table() + " WHERE "
                + String.join(" AND ", where));
        long rows = engine.scalar("recipient rows", "SELECT count(*) FROM " + view);
        // The fact file is named and fingerprinted as it is, with the recipient's own rows; joined files' counts
        // would tell the size of the whole, so they are left out.
        SourceInfo fact = data.sources().getFirst();
        SourceInfo own = new SourceInfo(fact.name(), fact.file(), fact.format(), fact.sha256(), rows, fact.columns());
        return new Ingested(view, data.projection(), data.columns(), data.dateColumn(), data.yearsOnly(), List.of(own),
                rows, 0, List.of(), List.of(note), data.orderColumn());
    }

    /** A filter value the whole data never holds is a typo, not an empty slice: the spec is wrong. */
    private static void check(Engine engine, String table, Col column, List<String> values, String origin) {
        Set<String> present = new LinkedHashSet<>();
        boolean nulls = false;
        String c = engine.dialect().text(Sql.id(column.name()));
        try (Rows r = engine.query("recipient filter values", "SELECT DISTINCT " + c + " FROM " + table + " ORDER BY 1 NULLS LAST")) {
            while (r.next()) {
                String v = r.getString(1);
                if (v == null) nulls = true;
                else present.add(v);
            }
        }
        for (String v : values) {
            if (v.equals(MISSING) ? nulls : present.contains(v)) continue;
            List<String> shown = present.stream().limit(20).toList();
            throw new UserError(UserError.Kind.SPEC, origin + (column.line() > 0 ? " line " + column.line() : ""),
                    "filter value \"" + v + "\" never occurs in column \"" + column.name() + "\"",
                    "values: " + String.join(", ", shown) + (present.size() > shown.size() ? ", ..." : "")
                            + (nulls ? ", " + MISSING : ""));
        }
    }

    private static String condition(Engine engine, String column, List<String> values) {
        String c = engine.dialect().text(Sql.id(column));
        List<String> parts = new ArrayList<>();
        List<String> literal = values.stream().filter(v -> !v.equals(MISSING)).map(Sql::str).toList();
        if (!literal.isEmpty()) parts.add(c + " IN (" + String.join(", ", literal) + ")");
        if (values.contains(MISSING)) parts.add(c + " IS NULL");
        return "(" + String.join(" OR ", parts) + ")";
    }
}
