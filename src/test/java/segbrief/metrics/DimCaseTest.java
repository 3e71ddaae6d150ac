package segbrief.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The branch number a bin's arithmetic gives names the same label as its CASE, on and around every edge. */
class DimCaseTest {
    @ParameterizedTest(name = "strict {0}")
    @ValueSource(booleans = {true, false})
    void the_branch_number_picks_the_label_the_case_gives(boolean strict) throws Exception {
        Dim.Case c = new Dim.Case("x", List.of("1.0", "2.5", "4.0"), strict, List.of("a", "b", "c"), "d");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement()) {
            st.execute("CREATE TABLE t AS SELECT unnest([NULL, -3, 0.99, 1, 1.01, 2.5, 3, 4, 4.01, 100]::DOUBLE[]) AS x");
            int rows = 0;
            try (ResultSet r = st.executeQuery("SELECT x, " + c.sql() + ", " + c.branchSql(segbrief.source.DuckDbDialect.INSTANCE) + " FROM t")) {
                while (r.next()) {
                    rows++;
                    String label = r.getString(2);
                    int branch = r.getInt(3);
                    if (r.wasNull()) {
                        assertThat(label).as("x = %s", r.getObject(1)).isNull();
                    } else {
                        assertThat(c.branchLabels().get(branch - 1)).as("x = %s", r.getObject(1)).isEqualTo(label);
                    }
                }
            }
            assertThat(rows).isEqualTo(10);
        }
        assertThat(c.branchLabels()).containsExactly("a", "b", "c", "d");
    }

    @ParameterizedTest(name = "strict {0}")
    @ValueSource(booleans = {true, false})
    void tied_quantile_edges_skip_the_same_branch_in_both(boolean strict) throws Exception {
        // many equal values make quantile edges tie: the CASE never reaches the branch between them, nor does the sum
        Dim.Case c = new Dim.Case("x", List.of("10.0", "10.0", "20.0"), strict, List.of("a", "b", "c"), "d");
        try (Connection conn = DriverManager.getConnection("jdbc:duckdb:"); Statement st = conn.createStatement();
             ResultSet r = st.executeQuery("SELECT " + c.sql() + ", " + c.branchSql(segbrief.source.DuckDbDialect.INSTANCE)
                     + " FROM (SELECT unnest([5, 10, 15, 20, 25, 'NaN'::DOUBLE]) AS x)")) {
            while (r.next()) assertThat(c.branchLabels().get(r.getInt(2) - 1)).isEqualTo(r.getString(1));
        }
    }
}
