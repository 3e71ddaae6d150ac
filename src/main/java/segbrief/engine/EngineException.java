package segbrief.engine;

/**
 * A statement the engine refused, with the query's name and the engine's own classification of the failure
 * (see {@link Failure}). {@link EngineErrors} turns it into what the user reads; the engine's text never reaches
 * the screen.
 */
public final class EngineException extends RuntimeException {
    /** What went wrong, as the engine classifies it (its error type or SQL state), not as its message reads. */
    public enum Failure {
        /** A name or type the query refers to does not exist or does not fit (binder, catalog, analysis errors). */
        UNKNOWN_NAME,
        /** A value could not be converted (a cast, a number out of range, a date that is none). */
        BAD_VALUE,
        /** The engine ran out of memory or disk for spilling. */
        OUT_OF_MEMORY,
        /** A file could not be read or written. */
        IO,
        /** Refused by the sandbox: file or network access after the sources were loaded. */
        PERMISSION,
        /** The query was cancelled or interrupted. */
        INTERRUPTED,
        /** Syntax the engine does not parse. */
        SYNTAX,
        /** Anything else: a bug on our side, reported as one. */
        INTERNAL
    }

    private final String query;
    private final Failure failure;
    private final String sqlState;
    private final String engineType;

    /**
     * @param query      the name of the statement that failed
     * @param failure    the classification
     * @param sqlState   the SQL state or vendor code the engine gave, or null
     * @param engineType the engine's own error type name (e.g. DuckDB's "Binder"), or null
     */
    public EngineException(String query, Failure failure, String sqlState, String engineType, String message, Throwable cause) {
        super(message, cause);
        this.query = query;
        this.failure = failure;
        this.sqlState = sqlState;
        this.engineType = engineType;
    }

    public String query() { return query; }

    public Failure failure() { return failure; }

    public String sqlState() { return sqlState; }

    public String engineType() { return engineType; }
}
