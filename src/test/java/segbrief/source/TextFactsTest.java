package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The guarded casts role inference runs on text columns give, value for value, what the plain casts give: the guard
 * skips only text that no cast to DOUBLE or DATE accepts.
 */
class TextFactsTest {
    private static final String[] VALUES = {
        "Groceries", "Home & Garden", "iOS", "  Web ", "12.5", "12.5O", "1.234,56", "7,5", "1 234,5", "1,234.56", "-3", "+4e2",
        "inf", "INF", "-Infinity", "+infinity", "NaN", "-nan", "nan(1)", "epoch", "EPOCH", "today", "now", "tomorrow",
        "2023-11-30", "2023-02-30", "30/11/2023", "11/30/2023", "30.11.2023", "11-30-2023", "30 Nov 2023", "Nov 30, 2023",
        "November 30 2023", "30-Nov-2023", "2023/11/30", "2023-11-30T10:00:00+02:00", "2023-11-30 23:59", "Q4 2023", "x1",
        ".", "e", "-", "∞", "٣", "0", "00123"
    };

    @Test
    void guarded_casts_equal_the_plain_ones_for_every_value() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            StringBuilder rows = new StringBuilder();
            for (String v : VALUES) rows.append(rows.isEmpty() ? "" : ", ").append("(").append(Sql.str(v)).append(")");
            st.execute("CREATE TABLE t AS SELECT * FROM (VALUES " + rows + ") v(w)");
            String w = Sql.id("w");
            String sql = "SELECT w, (" + TextFacts.number(w) + ")::VARCHAR, (" + TextFacts.when("g", TextFacts.number(w))
                    + ")::VARCHAR, (" + TextFacts.date(w) + ")::VARCHAR, (" + TextFacts.when("g", TextFacts.date(w)) + ")::VARCHAR"
                    + " FROM (SELECT *, " + TextFacts.castable(w) + " AS g FROM t)";
            List<String> numbers = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            int n = 0;
            try (ResultSet r = st.executeQuery(sql)) {
                while (r.next()) {
                    n++;
                    assertThat(r.getString(3)).as("number of \"%s\"", r.getString(1)).isEqualTo(r.getString(2));
                    assertThat(r.getString(5)).as("date of \"%s\"", r.getString(1)).isEqualTo(r.getString(4));
                    if (r.getString(2) != null) numbers.add(r.getString(1));
                    if (r.getString(4) != null) dates.add(r.getString(1));
                }
            }
            assertThat(n).isEqualTo(VALUES.length);
            // the list holds values on both sides of each guard: words the casts accept and words they do not
            assertThat(numbers).contains("12.5", "1.234,56", "INF", "-nan").doesNotContain("Groceries", "12.5O");
            assertThat(dates).contains("2023-11-30", "30 Nov 2023", "epoch", "INF").doesNotContain("Groceries", "2023-02-30", "today");
        }
    }
}
