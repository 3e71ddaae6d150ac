package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.engine.EngineException;

/** A failing spec expression is told in the user's words, chosen by DuckDB's error type and the name it gives. */
class ExpressionErrorsTest {
    @TempDir
    Path dir;

    private static String what(DuckDbEngine engine, String sql) {
        EngineException e = assertThrows(EngineException.class, () -> engine.scalar("probe", sql));
        String line = ReadErrors.expression("brief.yaml line 3", e).oneLine();
        return line;
    }

    @Test
    void eachFailureReadsAsTheSpecsMistake() throws Exception {
        Path file = Files.writeString(dir.resolve("x.csv"), "a,b\n1,2\n");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t AS SELECT 1.5::DOUBLE AS amount, 'paid' AS status");
                SpecExpressions.lock(st);
            }
            DuckDbEngine engine = new DuckDbEngine(c);
            assertThat(what(engine, "SELECT count((amont * 2)) FROM t")).contains("column \"amont\" does not exist in the sources");
            assertThat(what(engine, "SELECT count((amount * )) FROM t")).contains("the expression is not valid SQL");
            assertThat(what(engine, "SELECT count(*) FROM read_csv('" + file + "')")).contains("the expression tries to reach outside the data, which is not allowed");
            assertThat(what(engine, "SELECT 9223372036854775807::BIGINT + CAST(amount AS BIGINT) FROM t")).contains("the expression overflows or divides by zero on some rows");
        }
    }
}
