package segbrief.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import segbrief.UserError;

/**
 * The check a spec's SQL fragment ({@code derive:} and {@code filter:}) passes before it reaches the engine: one scalar
 * expression over the sources' columns. It reads the fragment token by token (strings and quoted names are opaque)
 * and refuses statement separators, comments, subqueries, statements, qualified names, and any function that is not
 * a known pure one (scalar, or an aggregate over a window of the loaded rows), so a file-reading or clock-reading call
 * never gets as far as DuckDB. The engine holds the
 * same line on its own (external access off, configuration locked) for anything that slips past.
 */
public final class SqlExpression {
    /** Pure scalar functions: arithmetic, text, dates, conditionals and casts. Anything else is refused. */
    static final Set<String> FUNCTIONS = Set.of(
            "abs", "sign", "round", "floor", "ceil", "ceiling", "trunc", "sqrt", "cbrt", "exp", "ln", "log", "log2",
            "log10", "pow", "power", "mod", "greatest", "least", "isnan", "isinf", "isfinite",
            "coalesce", "nullif", "ifnull", "if",
            "lower", "upper", "lcase", "ucase", "trim", "ltrim", "rtrim", "length", "strlen", "substr", "substring",
            "left", "right", "concat", "concat_ws", "replace", "reverse", "repeat", "lpad", "rpad", "strpos", "instr",
            "contains", "starts_with", "ends_with", "prefix", "suffix", "split_part", "regexp_matches",
            "regexp_replace", "regexp_extract", "regexp_full_match", "ascii", "chr", "printf", "format", "md5",
            "year", "month", "day", "quarter", "week", "weekofyear", "dayofweek", "dayofmonth", "dayofyear", "isodow",
            "isoyear", "yearweek", "hour", "minute", "second", "dayname", "monthname", "date_part", "datepart",
            "date_trunc", "datetrunc", "date_diff", "datediff", "date_sub", "datesub", "make_date", "make_timestamp",
            "strftime", "strptime", "try_strptime", "epoch", "last_day", "to_days", "to_months", "to_years",
            "cast", "try_cast", "decimal", "numeric",
            // aggregates and ranks over a window of the loaded rows ("the customer's highest order number")
            "min", "max", "sum", "avg", "mean", "count", "median", "stddev", "stddev_samp", "stddev_pop", "var_samp",
            "var_pop", "first", "last", "any_value", "bool_and", "bool_or", "row_number", "rank", "dense_rank",
            "percent_rank", "cume_dist", "ntile", "lag", "lead", "first_value", "last_value", "nth_value");

    /** Words that make a statement, a subquery, a table reference or a lambda, or read the clock or chance. */
    static final Set<String> FORBIDDEN = Set.of(
            "select", "from", "copy", "attach", "detach", "install", "load", "set", "reset", "pragma", "create", "drop",
            "insert", "update", "delete", "alter", "call", "export", "import", "with", "union", "except", "intersect",
            "execute", "prepare", "deallocate", "vacuum", "checkpoint", "use", "table", "describe", "summarize", "show",
            "pivot", "unpivot", "window", "exists", "values", "returning", "into", "lambda", "qualify",
            "current_date", "current_time", "current_timestamp", "localtime", "localtimestamp", "now", "today",
            "random", "uuid", "gen_random_uuid", "setseed", "getenv", "current_setting", "getvariable");

    /** Keywords that may stand before a parenthesis without being a function call. */
    private static final Set<String> BEFORE_PAREN = Set.of("in", "not", "and", "or", "when", "then", "else", "case",
            "is", "between", "like", "ilike", "as", "end", "null", "over");

    private SqlExpression() {}

    /**
     * Refuses {@code expr} unless it is one scalar expression of the allowed kind.
     *
     * @param where where it stands, for the message ("brief.yaml line 12 (derive.region)")
     */
    public static void check(String expr, String where) {
        String problem = problem(expr);
        if (problem != null) {
            throw new UserError(UserError.Kind.SPEC, where, problem,
                    "write one expression over the sources' columns, e.g. CASE WHEN amount > 100 THEN 'large' ELSE 'small' END");
        }
    }

    /** Why {@code expr} is refused, or null when it passes. */
    static String problem(String expr) {
        if (expr == null || expr.isBlank()) return "the expression is empty";
        List<String> tokens;
        try {
            tokens = tokens(expr);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            String next = i + 1 < tokens.size() ? tokens.get(i + 1) : "";
            if (t.equals("(")) depth++;
            if (t.equals(")") && --depth < 0) return "a \")\" closes nothing";
            if (!isWord(t)) continue;
            String w = t.toLowerCase(Locale.ROOT);
            if (FORBIDDEN.contains(w)) return "\"" + t + "\" is not allowed: only one expression over the columns is";
            if (next.equals("(") && !BEFORE_PAREN.contains(w) && !FUNCTIONS.contains(w)) {
                return "function \"" + t + "\" is not allowed in an expression (only arithmetic, text, date, "
                        + "conditional, cast and window functions are)";
            }
        }
        if (depth != 0) return "a \"(\" is never closed";
        return null;
    }

    private static boolean isWord(String t) {
        char c = t.charAt(0);
        return Character.isLetter(c) || c == '_';
    }

    /**
     * The expression's tokens: words, numbers, operators; string literals and quoted names as one opaque token each
     * ("'" or "\"" first). Refuses what has no place in a scalar expression.
     */
    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'' || c == '"') {
                int j = i + 1;
                while (true) {
                    if (j >= n) throw new IllegalArgumentException("a " + (c == '\'' ? "text" : "quoted name") + " is never closed");
                    if (s.charAt(j) == c) {
                        if (j + 1 < n && s.charAt(j + 1) == c) {
                            j += 2;
                            continue;
                        }
                        break;
                    }
                    j++;
                }
                out.add(s.substring(i, j + 1));
                i = j + 1;
            } else if (Character.isLetter(c) || c == '_') {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) j++;
                out.add(s.substring(i, j));
                i = j;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1)))) {
                int j = i;
                while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '.'
                        || ((s.charAt(j) == '+' || s.charAt(j) == '-') && (s.charAt(j - 1) == 'e' || s.charAt(j - 1) == 'E')))) {
                    j++;
                }
                out.add(s.substring(i, j));
                i = j;
            } else if (s.startsWith("--", i) || s.startsWith("/*", i)) {
                throw new IllegalArgumentException("comments are not allowed in an expression");
            } else if (c == ';') {
                throw new IllegalArgumentException("\";\" is not allowed: give one expression, not statements");
            } else if (s.startsWith("->", i) || s.startsWith("->>", i)) {
                throw new IllegalArgumentException("\"->\" is not allowed in an expression");
            } else if (s.startsWith("::", i) || s.startsWith("<=", i) || s.startsWith(">=", i) || s.startsWith("<>", i)
                    || s.startsWith("!=", i) || s.startsWith("||", i) || s.startsWith("//", i)) {
                out.add(s.substring(i, i + 2));
                i += 2;
            } else if ("+-*/%^=<>(),[]".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else if (c == '.') {
                throw new IllegalArgumentException("qualified names (a.b) are not allowed: quote a column whose name has a dot, \"a.b\"");
            } else {
                throw new IllegalArgumentException("\"" + c + "\" is not allowed in an expression");
            }
        }
        return out;
    }
}
