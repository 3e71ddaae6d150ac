package segbrief.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.UserError;
import segbrief.engine.EngineErrors;
import segbrief.engine.EngineException;
import segbrief.engine.EngineException.Failure;
import segbrief.engine.Rows;

/** Failures are classified by DuckDB's error type, for failures before a statement runs as well as during it. */
class DuckDbEngineTest {
    @TempDir
    Path dir;

    private static EngineException fails(DuckDbEngine engine, String sql) {
        return assertThrows(EngineException.class, () -> {
            try (Rows r = engine.query("probe", sql)) {
                while (r.next()) r.getObject(1);
            }
        });
    }

    @Test
    void eachFailureKeepsItsType() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            DuckDbEngine engine = new DuckDbEngine(c);
            EngineException unknown = fails(engine, "SELECT nosuch FROM range(3)");
            assertEquals(Failure.UNKNOWN_NAME, unknown.failure());
            assertEquals("Binder", unknown.engineType());
            assertEquals("probe", unknown.query());
            assertEquals(Failure.BAD_VALUE, fails(engine, "SELECT CAST('x' AS INTEGER)").failure());
            assertEquals(Failure.SYNTAX, fails(engine, "SELEC 1").failure());
            assertEquals(Failure.IO, fails(engine, "SELECT * FROM read_csv(" + Sql.str(dir.resolve("none.csv").toString()) + ")").failure());
            engine.execute("lock", "SET enable_external_access = false");
            Path csv = Files.writeString(dir.resolve("a.csv"), "x\n1\n");
            assertEquals(Failure.PERMISSION, fails(engine, "SELECT * FROM read_csv(" + Sql.str(csv.toString()) + ")").failure());
            // the connection still answers after each failure
            assertEquals(3, engine.scalar("count", "SELECT count(*) FROM range(3)"));
        }
    }

    @Test
    void rowsReadTheEnginesTypes() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            DuckDbEngine engine = new DuckDbEngine(c);
            try (Rows r = engine.query("types", "SELECT 7::BIGINT, 2.5::DOUBLE, NULL::DOUBLE, DATE '2024-02-29', [1, 2], 'a'")) {
                assertTrue(r.next());
                assertEquals(7, r.getLong(1));
                assertEquals(2.5, r.getDouble(2));
                assertEquals(0, r.getDouble(3));
                assertTrue(r.wasNull());
                assertEquals(java.time.LocalDate.of(2024, 2, 29), r.getDate(4));
                assertEquals(List.of(1, 2), r.getList(5));
                assertEquals("a", r.getString(6));
                assertFalse(r.wasNull());
                assertFalse(r.next());
            }
        }
    }

    @Test
    void theUserReadsMemoryAndPermissionFailuresAsTheirOwn() {
        var oom = new EngineException("segment sums", Failure.OUT_OF_MEMORY, null, "Out of Memory", "x", null);
        assertEquals(UserError.Kind.DATA, ((UserError) EngineErrors.toUser(oom, "brief.yaml")).kind());
        var denied = new EngineException("derive", Failure.PERMISSION, null, "Permission", "x", null);
        assertEquals(UserError.Kind.SPEC, ((UserError) EngineErrors.toUser(denied, "brief.yaml")).kind());
        var bug = new EngineException("segment sums", Failure.UNKNOWN_NAME, null, "Binder", "x", null);
        RuntimeException internal = EngineErrors.toUser(bug, "brief.yaml");
        assertFalse(internal instanceof UserError);
        assertTrue(internal.getMessage().contains("segment sums"));
    }
}
