package segbrief.source;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import segbrief.UserError;
import segbrief.engine.EngineException;
import segbrief.engine.EngineException.Failure;

/**
 * The one place where DuckDB's failures during the ingest become the user's words: a file that cannot be read (the
 * file, the line where the engine names one, and what was expected), a load that fails, a spec expression that
 * fails. Failures are told apart by DuckDB's error type (see {@link DuckDbEngine#failure}); the message is read only
 * for what the type cannot carry (a line, a column, function or value, an encoding problem). The engine's own
 * message stays in the cause, for --debug.
 */
final class ReadErrors {
    private static final Pattern LINE = Pattern.compile("(?i)on line:? *([0-9]+)");

    private ReadErrors() {}

    static UserError unreadable(Path file, SQLException e) {
        return unreadable(file, DuckDbEngine.failure("reading " + file.getFileName(), e));
    }

    static UserError unreadable(Path file, EngineException e) {
        String m = message(e);
        String where = file.toString();
        Matcher line = LINE.matcher(m);
        if (line.find()) where += " line " + line.group(1);
        if (e.failure() == Failure.OUT_OF_MEMORY) return outOfMemory(where, e);
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("unicode") || lower.contains("encoded")) {
            return new UserError(UserError.Kind.DATA, where, "holds bytes that are not text in any encoding SegmentBrief reads",
                    "save the file as UTF-8 text", e);
        }
        if (!CsvReader.isCsv(file)) {
            return new UserError(UserError.Kind.DATA, where, "could not be read as a Parquet file", "expected a Parquet file", e);
        }
        return new UserError(UserError.Kind.DATA, where, "could not be read as a table",
                "expected a CSV file with a header row, separated by commas, semicolons, tabs or pipes", e);
    }

    /** A failure while loading the sources of a spec, after each file was read once. */
    static UserError loading(String origin, SQLException e) {
        return loading(origin, DuckDbEngine.failure("loading", e));
    }

    static UserError loading(String origin, EngineException e) {
        if (e.failure() == Failure.OUT_OF_MEMORY) return outOfMemory(origin, e);
        Matcher line = LINE.matcher(message(e));
        return new UserError(UserError.Kind.DATA, origin + (line.find() ? " (data line " + line.group(1) + ")" : ""),
                "the data could not be loaded", "run with --debug for the engine's message", e);
    }

    private static final Pattern COLUMN = Pattern.compile("column \"([^\"]+)\" not found|Referenced column \"?([^\" ]+)\"? not found");
    private static final Pattern FUNCTION = Pattern.compile("[Ff]unction with name \"?([^\" ]+?)\"? does not exist");
    private static final Pattern ARGUMENTS = Pattern.compile("No function matches the given name and argument types '([^(']+)\\(");
    private static final Pattern CONVERT = Pattern.compile("Could not convert string '([^']*)' to ([A-Z0-9]+)");

    /** A spec expression's failure (derive, filter) at {@code where}, in the user's words. */
    static UserError expression(String where, EngineException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = message(e);
        Failure f = e.failure();
        String what;
        Matcher x;
        if ((x = COLUMN.matcher(m)).find()) {
            what = "column \"" + (x.group(1) != null ? x.group(1) : x.group(2)) + "\" does not exist in the sources";
        } else if ((x = FUNCTION.matcher(m)).find()) {
            what = "function \"" + x.group(1) + "\" does not exist";
        } else if ((x = ARGUMENTS.matcher(m)).find()) {
            what = "function \"" + x.group(1) + "\" does not take arguments of these types";
        } else if ((x = CONVERT.matcher(m)).find()) {
            what = "the value \"" + x.group(1) + "\" cannot be read as " + x.group(2).toLowerCase(Locale.ROOT);
        } else if (f == Failure.PERMISSION) {
            what = "the expression tries to reach outside the data, which is not allowed";
        } else if (m.contains("WHERE clause") || m.contains("BOOLEAN")) {
            what = "the filter must be a condition (true or false for each row)";
        } else if ("Out of Range".equalsIgnoreCase(e.engineType()) || m.contains("Division by zero")) {
            what = "the expression overflows or divides by zero on some rows";
        } else if (f == Failure.SYNTAX) {
            what = "the expression is not valid SQL";
        } else {
            what = "the expression could not be computed over the data";
        }
        return new UserError(UserError.Kind.SPEC, where, what, "expressions are DuckDB SQL over the sources' columns", cause);
    }

    /** The engine's whole message (the exception keeps only its first line). */
    private static String message(EngineException e) {
        Throwable c = e.getCause() != null ? e.getCause() : e;
        return c.getMessage() == null ? "" : c.getMessage();
    }

    private static UserError outOfMemory(String where, Throwable e) {
        return new UserError(UserError.Kind.DATA, where, "the data does not fit in the memory allowed",
                "give more with --memory-limit (e.g. --memory-limit 80%)", e);
    }
}
