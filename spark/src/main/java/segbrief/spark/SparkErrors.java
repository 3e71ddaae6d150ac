package segbrief.spark;

import java.util.Locale;
import org.apache.spark.SparkThrowable;
import segbrief.engine.EngineException;
import segbrief.engine.EngineException.Failure;

/**
 * Spark's failures classified by the SQL state and error condition its {@link SparkThrowable}s carry (never by their
 * message): the class of the SQL state first (42 names, 22 values, 53 resources, 58 system), the condition where the
 * class alone is too coarse.
 */
final class SparkErrors {
    private SparkErrors() {}

    static EngineException failure(String query, Throwable e) {
        SparkThrowable st = sparkCause(e);
        String state = st == null ? null : st.getSqlState();
        String condition = st == null ? null : st.getCondition();
        Failure f = hasCause(e, OutOfMemoryError.class) ? Failure.OUT_OF_MEMORY
                : hasCause(e, InterruptedException.class) ? Failure.INTERRUPTED
                : classify(state, condition);
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
        return new EngineException(query, f, state, condition, msg, e);
    }

    static Failure classify(String state, String condition) {
        String c = condition == null ? "" : condition.toUpperCase(Locale.ROOT);
        if (c.startsWith("PARSE_SYNTAX_ERROR") || c.startsWith("PARSE_")) return Failure.SYNTAX;
        if (c.contains("PATH_NOT_FOUND") || c.startsWith("FAILED_READ_FILE") || c.startsWith("CANNOT_READ_FILE")) return Failure.IO;
        if (state == null || state.length() < 2) return Failure.INTERNAL;
        return switch (state.substring(0, 2)) {
            case "42" -> state.equals("42601") ? Failure.SYNTAX : state.equals("42501") ? Failure.PERMISSION : Failure.UNKNOWN_NAME;
            case "22" -> Failure.BAD_VALUE;
            case "53" -> Failure.OUT_OF_MEMORY;
            case "58" -> Failure.IO;
            case "57", "HY" -> state.equals("57014") || state.equals("HY008") ? Failure.INTERRUPTED : Failure.INTERNAL;
            default -> Failure.INTERNAL;
        };
    }

    private static SparkThrowable sparkCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SparkThrowable s && s.getSqlState() != null) return s;
            if (t.getCause() == t) break;
        }
        return e instanceof SparkThrowable s ? s : null;
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) return true;
            if (t.getCause() == t) break;
        }
        return false;
    }
}
