package segbrief.spec;

import java.util.Locale;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import segbrief.UserError;

/** The YAML parser's complaints in the words of someone editing a brief.yaml, with the line and column. */
final class YamlErrors {
    private YamlErrors() {}

    static UserError of(String file, YAMLException e) {
        if (e instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            var mark = m.getProblemMark();
            return new UserError(UserError.Kind.SPEC, file + " line " + (mark.getLine() + 1) + " column " + (mark.getColumn() + 1),
                    plain(m.getProblem() + " " + m.getContext()), "see docs/spec.md for the layout of a spec", e);
        }
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (m.contains("alias")) {
            return new UserError(UserError.Kind.SPEC, file, "uses more aliases (*name) than a spec needs",
                    "write the values out instead of repeating them with anchors and aliases", e);
        }
        if (m.contains("exceeds the limit") || m.contains("code points")) {
            return new UserError(UserError.Kind.SPEC, file, "is too large for a spec", "a brief.yaml is a page or two of keys", e);
        }
        return new UserError(UserError.Kind.SPEC, file, "is not valid YAML", "see docs/spec.md for the layout of a spec", e);
    }

    /** What the parser found, said plainly; never the parser's own words. */
    static String plain(String problem) {
        String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
        if (p.contains("tab")) return "a tab is used for indentation (YAML indents with spaces)";
        if (p.contains("found duplicate anchor") || p.contains("undefined alias")) return "an alias (*name) that no anchor (&name) defines";
        if (p.contains("mapping values are not allowed")) return "a \": \" inside a value (put the value in quotes)";
        if (p.contains("could not find expected ':'")) return "a key without a \":\" after it";
        if (p.contains("found unexpected end of stream") || p.contains("found unexpected end of the stream")) {
            return "a quoted value is not closed";
        }
        if (p.contains("stream end") || p.contains("end of the stream")) return "the spec ends inside a list or a mapping (a missing ] or }?)";
        if (p.contains("expected ',' or ']'") || p.contains("expected ',' or '}'")) return "a list or mapping in brackets is not closed";
        if (p.contains("block end") || p.contains("indentation")) return "the indentation does not line up with the lines above";
        if (p.contains("unknown escape") || p.contains("escape")) return "a backslash escape in a double-quoted value (use single quotes)";
        if (p.contains("special characters are not allowed") || p.contains("cannot start any token")) {
            return "a character that cannot start a value here (put the value in quotes)";
        }
        return "the spec is not valid YAML here";
    }
}
