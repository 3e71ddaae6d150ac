package segbrief.generate;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Tiny DuckDB query helper for checking generated files from tests. */
final class Duck {
    private Duck() {}

    /** {@code read_csv('path')} for a SQL text. */
    static String csv(Path file) {
        return "read_csv('" + file.toAbsolutePath().toString().replace("'", "''") + "')";
    }

    static List<List<Object>> rows(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static Object one(String sql) {
        return rows(sql).getFirst().getFirst();
    }

    static double number(String sql) {
        return ((Number) one(sql)).doubleValue();
    }

    /** The first column of every row, as text. */
    static List<String> column(String sql) {
        return rows(sql).stream().map(r -> String.valueOf(r.getFirst())).toList();
    }
}
