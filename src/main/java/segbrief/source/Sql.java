package segbrief.source;

/** Quoting for SQL text built from user-given names. */
public final class Sql {
    private Sql() {}

    /** A quoted identifier: works for any header, spaces and quotes included. */
    public static String id(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A quoted string literal. */
    public static String str(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }
}
