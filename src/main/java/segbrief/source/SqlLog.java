package segbrief.source;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Locale;

/**
 * A profiling aid: with {@code -Dsegbrief.sqllog=FILE} every statement the run sends to DuckDB is written to FILE
 * with its wall time (execution; reading the rows back is not included), so the slow query behind a stage of
 * {@code --timings} can be found and replayed. Off by default; the connection is then returned as it is.
 */
final class SqlLog {
    private SqlLog() {}

    private static final boolean ON = System.getProperty("segbrief.sqllog") != null && !System.getProperty("segbrief.sqllog").isBlank();

    /** The statement as sent: led by its name in a comment when the log is on, so each line says which query it was. */
    static String named(String name, String sql) {
        return ON ? "/* " + name.replace("*/", "* /") + " */ " + sql : sql;
    }

    static Connection wrap(Connection conn) {
        String file = System.getProperty("segbrief.sqllog");
        if (file == null || file.isBlank()) return conn;
        PrintWriter out = log(file);
        return proxy(Connection.class, conn, (proxy, m, args) -> {
            Object result = call(conn, m, args);
            if (result instanceof PreparedStatement p && args != null && args[0] instanceof String sql) {
                return proxy(PreparedStatement.class, p, timedPrepared(p, sql, out));
            }
            return result instanceof Statement s ? proxy(Statement.class, s, timed(s, out)) : result;
        });
    }

    private static PrintWriter log;

    /** One log per process: a run without a spec opens a database for role inference and another for the brief. */
    private static synchronized PrintWriter log(String file) {
        if (log == null) {
            try {
                log = new PrintWriter(Files.newBufferedWriter(Path.of(file)), true);
            } catch (IOException e) {
                throw new IllegalStateException("cannot write the SQL log " + file + ": " + e.getMessage(), e);
            }
        }
        return log;
    }

    private static InvocationHandler timed(Statement s, PrintWriter out) {
        return (proxy, m, args) -> {
            if (!m.getName().startsWith("execute") || args == null || !(args[0] instanceof String sql)) return call(s, m, args);
            long start = System.nanoTime();
            try {
                return call(s, m, args);
            } finally {
                synchronized (out) {
                    out.printf(Locale.ROOT, "%8.3f s  %s%n", (System.nanoTime() - start) / 1e9, sql.replace('\n', ' '));
                }
            }
        };
    }

    /** A prepared statement's text is given when it is prepared; its execute methods take none. */
    private static InvocationHandler timedPrepared(PreparedStatement p, String sql, PrintWriter out) {
        return (proxy, m, args) -> {
            if (!m.getName().startsWith("execute") || (args != null && args.length > 0)) return call(p, m, args);
            long start = System.nanoTime();
            try {
                return call(p, m, args);
            } finally {
                synchronized (out) {
                    out.printf(Locale.ROOT, "%8.3f s  %s%n", (System.nanoTime() - start) / 1e9, sql.replace('\n', ' '));
                }
            }
        };
    }

    private static Object call(Object target, java.lang.reflect.Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, InvocationHandler h) {
        return (T) Proxy.newProxyInstance(SqlLog.class.getClassLoader(), new Class<?>[] {type}, h);
    }
}
