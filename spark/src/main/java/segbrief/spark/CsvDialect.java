package segbrief.spark;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import segbrief.source.DuckDbSource;
import segbrief.source.Sql;

/** How a local CSV is written (delimiter, quote, escape), as DuckDB's sniffer reads it, so that Spark splits it alike. */
record CsvDialect(String delimiter, String quote, String escape) {
    static CsvDialect sniff(DuckDbSource probe, Path file) {
        try (Statement st = probe.connection().createStatement();
             ResultSet r = st.executeQuery("SELECT Delimiter, Quote, Escape FROM sniff_csv(" + Sql.str(file.toString()) + ")")) {
            if (!r.next()) return new CsvDialect(",", "\"", "\"");
            return new CsvDialect(orDefault(r.getString(1), ","), orDefault(r.getString(2), "\""), orDefault(r.getString(3), "\""));
        } catch (SQLException e) {
            return new CsvDialect(",", "\"", "\"");  // Spark's defaults; a file DuckDB cannot sniff fails on reading
        }
    }

    private static String orDefault(String v, String d) {
        return v == null || v.length() != 1 || v.equals("\0") ? d : v;  // DuckDB reports no quote as "(empty)"
    }
}
