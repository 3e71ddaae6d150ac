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
 * Turns the engine's read failures into the user's words: the file, the line where the engine names one, and what
 * was expected. Failures are told apart by DuckDB's error type (see {@link DuckDbEngine#failure}); the message is
 * read only for what the type cannot carry (the line, an encoding problem). The engine's own message stays in the
 * cause, for --debug.
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
