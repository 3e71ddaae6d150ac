package segbrief.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import segbrief.UserError;
import segbrief.engine.Engine;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;

/** Identifier quoting and query running shared by the customer-level SQL. */
final class CustomerSql {
    private CustomerSql() {}

    /** An identifier in double quotes, inner quotes doubled. */
    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static boolean given(String column) {
        return column != null && !column.isBlank();
    }

    /** Runs the query {@code name} and hands every result row to {@code reader}. */
    static void query(Engine engine, String name, String sql, Consumer<Rows> reader) {
        try (Rows rs = engine.query(name, sql)) {
            while (rs.next()) reader.accept(rs);
        }
    }

    static List<String> columnsOf(Engine engine, String table) {
        List<String> names = new ArrayList<>();
        try (Rows rs = engine.query("columns of " + table, "SELECT * FROM " + q(table) + " LIMIT 0")) {
            for (int i = 1; i <= rs.columnCount(); i++) names.add(rs.columnName(i));
        }
        return names;
    }

    /** Fails with the list of known columns when one of {@code wanted} (nulls ignored) is not in the table. */
    static void requireColumns(Engine engine, String table, List<String> wanted) {
        List<String> have = columnsOf(engine, table);
        for (String w : wanted) {
            if (w != null && !have.contains(w)) {
                throw new UserError(UserError.Kind.SPEC, "table " + q(table),
                        "column \"" + w + "\" does not exist", "known columns: " + String.join(", ", have));
            }
        }
    }

    /**
     * The expression numbering {@code table}'s rows from 1 in storage order when it is a base table with a row
     * number the engine keeps (views have none), else null.
     */
    static String storageRowNumber(Engine engine, String table) {
        String rowNumber = engine.dialect().storageRowNumber();
        if (rowNumber == null) return null;
        try (Rows r = engine.query("row numbers of " + table, "SELECT " + rowNumber + " FROM " + q(table) + " LIMIT 0")) {
            return rowNumber;
        } catch (EngineException e) {
            return null;  // a view: DuckDB refuses rowid there in more than one way
        }
    }
}
