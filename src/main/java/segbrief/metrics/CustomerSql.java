package segbrief.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import segbrief.UserError;

/** Identifier quoting and query running shared by the customer-level SQL. */
final class CustomerSql {
    private CustomerSql() {}

    /** A DuckDB identifier in double quotes, inner quotes doubled. */
    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static boolean given(String column) {
        return column != null && !column.isBlank();
    }

    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} and hands every result row to {@code reader}; SQL errors become a data error. */
    static void query(Connection c, String table, String sql, RowReader reader) {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) reader.read(rs);
        } catch (SQLException e) {
            throw new UserError(UserError.Kind.DATA, "table " + q(table),
                    "the per-customer query failed: " + firstLine(e.getMessage()),
                    "check that the customer, date, amount and feature columns exist and have the right types", e);
        }
    }

    /** Runs a statement that returns no rows; SQL errors become a data error. */
    static void execute(Connection c, String table, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new UserError(UserError.Kind.DATA, "table " + q(table), "the per-customer query failed: "
                    + firstLine(e.getMessage()), "check that the customer, date and amount columns have the right"
                    + " types", e);
        }
    }

    static List<String> columnsOf(Connection c, String table) {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + q(table) + " LIMIT 0")) {
            var md = rs.getMetaData();
            for (int i = 1; i <= md.getColumnCount(); i++) names.add(md.getColumnName(i));
        } catch (SQLException e) {
            throw new UserError(UserError.Kind.DATA, "table " + q(table), "cannot read the columns: "
                    + firstLine(e.getMessage()), "ingest the data before building customer tables", e);
        }
        return names;
    }

    /** Fails with the list of known columns when one of {@code wanted} (nulls ignored) is not in the table. */
    static void requireColumns(Connection c, String table, List<String> wanted) {
        List<String> have = columnsOf(c, table);
        for (String w : wanted) {
            if (w != null && !have.contains(w)) {
                throw new UserError(UserError.Kind.SPEC, "table " + q(table),
                        "column \"" + w + "\" does not exist", "known columns: " + String.join(", ", have));
            }
        }
    }

    /** True when {@code table} is a base table with DuckDB's rowid pseudo-column (views have none). */
    static boolean hasRowid(Connection c, String table) {
        try (Statement st = c.createStatement()) {
            st.executeQuery("SELECT rowid FROM " + q(table) + " LIMIT 0").close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String firstLine(String message) {
        if (message == null) return "unknown error";
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
