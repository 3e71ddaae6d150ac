package segbrief.engine;

import segbrief.UserError;

/**
 * The one place where an engine's failure becomes what the user reads and the exit code the CLI returns. A failure
 * the user can act on (memory, disk, a value) is a {@link UserError}; anything else is a bug on our side and stays an
 * internal error (exit 1), named by the query that failed.
 */
public final class EngineErrors {
    private EngineErrors() {}

    /** The user's view of a failure while computing {@code what} (e.g. "the segment tables"). */
    public static RuntimeException toUser(EngineException e, String where) {
        return switch (e.failure()) {
            case OUT_OF_MEMORY -> new UserError(UserError.Kind.DATA, where,
                    "the data does not fit in the memory allowed (query " + e.query() + ")",
                    "raise --memory, or point --temp-dir at a folder with more free disk", e);
            case IO -> new UserError(UserError.Kind.DATA, where,
                    "the engine could not read or write its files (query " + e.query() + ")",
                    "check the free disk space of the temporary folder (--temp-dir)", e);
            case INTERRUPTED -> new UserError(UserError.Kind.DATA, where, "the run was interrupted (query " + e.query() + ")", null, e);
            case PERMISSION -> new UserError(UserError.Kind.SPEC, where,
                    "the spec asked for file or network access, which is not allowed once the sources are read", null, e);
            default -> new IllegalStateException("query " + e.query() + " failed (" + e.failure()
                    + (e.engineType() != null ? ", " + e.engineType() : "") + "): " + e.getMessage(), e);
        };
    }
}
