package segbrief;

/**
 * A problem with what the user gave us (spec, data, options), not a bug. It carries where the problem is and a
 * hint; the CLI prints {@link #oneLine()} and exits with {@link #exitCode()}.
 */
public final class UserError extends RuntimeException {
    /** Exit codes, documented in the README. */
    public enum Kind {
        USAGE(2), SPEC(3), DATA(4), OUTPUT(5), DELIVERY(6),
        /** The brief was written but held back: its period's data looks incomplete. */
        INCOMPLETE(7);

        public final int exitCode;

        Kind(int exitCode) { this.exitCode = exitCode; }
    }

    private final Kind kind;
    private final String where;
    private final String hint;

    public UserError(Kind kind, String where, String what, String hint) {
        this(kind, where, what, hint, null);
    }

    public UserError(Kind kind, String where, String what, String hint, Throwable cause) {
        super(what, cause);
        this.kind = kind;
        this.where = where;
        this.hint = hint;
    }

    public Kind kind() { return kind; }

    public String where() { return where; }

    public String hint() { return hint; }

    public int exitCode() { return kind.exitCode; }

    /** "data/x.csv line 4,812 column "amount": "12,5O" is not a number (expected a decimal like 12.50)". */
    public String oneLine() {
        StringBuilder s = new StringBuilder();
        if (where != null && !where.isBlank()) s.append(where).append(": ");
        s.append(getMessage());
        if (hint != null && !hint.isBlank()) s.append(" (").append(hint).append(')');
        return s.toString().replace('\n', ' ').replace('\r', ' ');
    }
}
