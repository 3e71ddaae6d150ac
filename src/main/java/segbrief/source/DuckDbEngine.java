package segbrief.source;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import segbrief.engine.Dialect;
import segbrief.engine.Engine;
import segbrief.engine.EngineException;
import segbrief.engine.EngineException.Failure;
import segbrief.engine.Rows;

/** The metrics' view of the DuckDB connection that {@link DuckDbSource} ingested into. Rows stream from the engine. */
public final class DuckDbEngine implements Engine {
    private final Connection conn;

    public DuckDbEngine(Connection conn) {
        this.conn = conn;
    }

    @Override
    public String name() { return "duckdb"; }

    @Override
    public Dialect dialect() { return DuckDbDialect.INSTANCE; }

    /*
     * Statements are prepared, not sent as plain text: for a statement that fails before it runs (an unknown column,
     * a missing file) DuckDB's JDBC driver reports a plain Statement's failure as "unsuccessful or closed pending
     * query result", losing the error type that failure() classifies by; a prepared one keeps it.
     */
    @Override
    public Rows query(String name, String sql) {
        PreparedStatement st = null;
        try {
            st = conn.prepareStatement(SqlLog.named(name, sql));
            return new DuckDbRows(st, st.executeQuery());
        } catch (SQLException e) {
            closeQuietly(st);
            throw failure(name, e);
        }
    }

    @Override
    public void execute(String name, String sql) {
        try (PreparedStatement st = conn.prepareStatement(SqlLog.named(name, sql))) {
            st.execute();
        } catch (SQLException e) {
            throw failure(name, e);
        }
    }

    /** The connection stays open: the source that made it closes it. */
    @Override
    public void close() {
        // owned by DuckDbSource
    }

    /**
     * DuckDB's JDBC driver sets no SQL state; its error type (DuckDB's ExceptionType, e.g. "Binder", "Conversion",
     * "Out of Memory") leads the message, and that type is what is classified here.
     */
    static EngineException failure(String name, SQLException e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        int colon = msg.indexOf(" Error:");
        String type = colon > 0 && colon < 40 ? msg.substring(0, colon) : null;
        Failure f = classify(type);
        String first = msg.lines().findFirst().orElse("");
        return new EngineException(name, f, e.getSQLState(), type, first, e);
    }

    static Failure classify(String type) {
        if (type == null) return Failure.INTERNAL;
        return switch (type.toLowerCase(Locale.ROOT)) {
            case "binder", "catalog", "dependency" -> Failure.UNKNOWN_NAME;
            case "conversion", "out of range", "invalid type", "mismatch type", "decimal" -> Failure.BAD_VALUE;
            case "out of memory" -> Failure.OUT_OF_MEMORY;
            case "io", "http" -> Failure.IO;
            case "permission" -> Failure.PERMISSION;
            case "interrupt" -> Failure.INTERRUPTED;
            case "parser", "syntax" -> Failure.SYNTAX;
            default -> Failure.INTERNAL;
        };
    }

    private static void closeQuietly(Statement st) {
        if (st == null) return;
        try {
            st.close();
        } catch (SQLException ignored) {
            // the query's own failure is the one reported
        }
    }

    /** A JDBC result read through {@link Rows}; the typed getters go straight to the driver (no boxing). */
    private static final class DuckDbRows implements Rows {
        private final Statement st;
        private final ResultSet r;
        private ResultSetMetaData md;

        DuckDbRows(Statement st, ResultSet r) {
            this.st = st;
            this.r = r;
        }

        @Override
        public boolean next() {
            try {
                return r.next();
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public Object getObject(int column) {
            try {
                Object o = r.getObject(column);
                return switch (o) {
                    case null -> null;
                    case java.sql.Date d -> d.toLocalDate();
                    case java.sql.Timestamp t -> t.toLocalDateTime();
                    case java.sql.Array a -> list(a);
                    default -> o;
                };
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        private static List<Object> list(java.sql.Array a) throws SQLException {
            Object[] values = (Object[]) a.getArray();
            return values == null ? null : new ArrayList<>(Arrays.asList(values));
        }

        @Override
        public long getLong(int column) {
            try {
                return r.getLong(column);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public int getInt(int column) {
            try {
                return r.getInt(column);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public double getDouble(int column) {
            try {
                // the driver reads a missing double as NaN; Rows reads it as 0 on every engine (wasNull tells)
                double v = r.getDouble(column);
                return r.wasNull() ? 0 : v;
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public String getString(int column) {
            try {
                return r.getString(column);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public boolean getBoolean(int column) {
            try {
                return r.getBoolean(column);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public java.time.LocalDate getDate(int column) {
            try {
                return r.getObject(column, java.time.LocalDate.class);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public boolean wasNull() {
            try {
                return r.wasNull();
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public int columnCount() {
            try {
                if (md == null) md = r.getMetaData();
                return md.getColumnCount();
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public String columnName(int column) {
            try {
                if (md == null) md = r.getMetaData();
                return md.getColumnLabel(column);
            } catch (SQLException e) {
                throw failure("reading rows", e);
            }
        }

        @Override
        public void close() {
            try {
                r.close();
                st.close();
            } catch (SQLException ignored) {
                // nothing left to read
            }
        }
    }
}
