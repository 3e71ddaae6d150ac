package segbrief.source;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import segbrief.UserError;
import segbrief.engine.EngineException;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.DeriveSpec;

/**
 * The spec's own SQL, run inside the sandbox: once the files are loaded, the engine loses its access to files and
 * its settings are locked ({@link #lock}); only then are the derived columns added and the filter applied, so that
 * an expression can read nothing but the loaded rows whatever it says.
 */
final class SpecExpressions {
    private SpecExpressions() {}

    /**
     * Turns off every way out of the database (files, network, extensions, settings). DuckDB keeps spilling to its
     * temporary folder and using databases attached before this.
     */
    static void lock(Statement st) throws SQLException {
        st.execute("SET enable_external_access = false");
        st.execute("SET lock_configuration = true");
    }

    /**
     * Adds the derived columns and keeps the rows that pass the filter, in one pass over {@code table}.
     *
     * @return the rows before the filter
     */
    static long apply(java.sql.Connection conn, String table, BriefSpec spec, List<String> notes) throws SQLException {
        DuckDbEngine engine = new DuckDbEngine(conn);
        StringBuilder select = new StringBuilder("*");
        for (DeriveSpec d : spec.derive()) select.append(", (").append(d.expr()).append(") AS ").append(Sql.id(d.column()));
        String where = spec.filter() == null ? "" : " WHERE (" + spec.filter().expr() + ")";
        try {
            engine.execute("derived columns and filter", "CREATE TABLE " + table + "_spec AS SELECT * FROM (SELECT " + select
                    + " FROM " + table + ")" + where);
        } catch (EngineException e) {
            throw culprit(engine, table, spec, e);
        }
        try (Statement st = conn.createStatement()) {
            long before = engine.scalar("rows before the filter", "SELECT count(*) FROM " + table);
            st.execute("DROP TABLE " + table);
            st.execute("ALTER TABLE " + table + "_spec RENAME TO " + table);
            if (spec.filter() != null) {
                long kept = engine.scalar("rows the filter kept", "SELECT count(*) FROM " + table);
                notes.add(String.format(Locale.ROOT, "Filter (%s line %d: %s) kept %,d of %,d rows", shortName(spec.origin()),
                        spec.filter().line(), spec.filter().expr(), kept, before));
            }
            return before;
        }
    }

    /** Finds which expression failed, running each alone, and says why in the user's words. */
    private static UserError culprit(DuckDbEngine engine, String table, BriefSpec spec, EngineException first) {
        String derived = "";
        for (DeriveSpec d : spec.derive()) {
            EngineException e = tryRun(engine, "derive " + d.column(), "SELECT count((" + d.expr() + ")) FROM " + table);
            if (e != null) return ReadErrors.expression(spec.origin() + " line " + d.line() + " (derive " + d.column() + ")", e);
            derived += ", (" + d.expr() + ") AS " + Sql.id(d.column());
        }
        if (spec.filter() != null) {
            EngineException e = tryRun(engine, "filter", "SELECT count(*) FROM (SELECT *" + derived + " FROM " + table
                    + ") WHERE (" + spec.filter().expr() + ")");
            if (e != null) return ReadErrors.expression(spec.origin() + " line " + spec.filter().line() + " (filter)", e);
        }
        int line = spec.derive().isEmpty() ? spec.filter().line() : spec.derive().getFirst().line();
        return ReadErrors.expression(spec.origin() + " line " + line, first);
    }

    private static EngineException tryRun(DuckDbEngine engine, String name, String sql) {
        try {
            engine.scalar(name, sql);
            return null;
        } catch (EngineException e) {
            return e;
        }
    }

    private static String shortName(String origin) {
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return slash < 0 ? origin : origin.substring(slash + 1);
    }
}
