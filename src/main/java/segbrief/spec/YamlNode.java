package segbrief.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import segbrief.UserError;

/** A YAML node that knows its line, so every spec error can say where it is. Package-private by design. */
final class YamlNode {
    private final Node node;
    private final String file;
    private final String path;

    YamlNode(Node node, String file, String path) {
        this.node = node;
        this.file = file;
        this.path = path;
    }

    int line() { return node.getStartMark().getLine() + 1; }

    String path() { return path; }

    boolean isMap() { return node instanceof MappingNode; }

    boolean isList() { return node instanceof SequenceNode; }

    boolean isScalar() { return node instanceof ScalarNode; }

    UserError error(String what, String hint) {
        return new UserError(UserError.Kind.SPEC, file + " line " + line(), what, hint);
    }

    /** The entries of a mapping, checking that every key is one of {@code allowed} (any key when null). */
    Map<String, YamlNode> map(Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw error("\"" + path + "\" must be a mapping of keys to values", "found " + kind());
        }
        Map<String, YamlNode> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                throw new YamlNode(t.getKeyNode(), file, path).error("keys must be plain names", null);
            }
            String key = k.getValue();
            String child = path.isEmpty() ? key : path + "." + key;
            if (allowed != null && !allowed.contains(key)) {
                throw new YamlNode(k, file, child).error("unknown key \"" + child + "\"",
                        "allowed here: " + String.join(", ", new TreeSet<>(allowed)));
            }
            if (out.containsKey(key)) {
                throw new YamlNode(k, file, child).error("key \"" + child + "\" is given twice", null);
            }
            out.put(key, new YamlNode(t.getValueNode(), file, child));
        }
        return out;
    }

    List<YamlNode> list() {
        if (node instanceof ScalarNode s && s.getValue().isEmpty()) return List.of();
        if (!(node instanceof SequenceNode s)) {
            throw error("\"" + path + "\" must be a list", "found " + kind());
        }
        List<YamlNode> out = new ArrayList<>();
        for (int i = 0; i < s.getValue().size(); i++) {
            out.add(new YamlNode(s.getValue().get(i), file, path + "[" + (i + 1) + "]"));
        }
        return out;
    }

    /** A list, or a single scalar read as a one-element list. */
    List<YamlNode> listOrOne() {
        return isList() ? list() : List.of(this);
    }

    String text() {
        if (!(node instanceof ScalarNode s)) {
            throw error("\"" + path + "\" must be a single value", "found " + kind());
        }
        String v = s.getValue().strip();
        if (v.isEmpty()) throw error("\"" + path + "\" is empty", null);
        return v;
    }

    long integer() {
        String v = text();
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw error("\"" + path + "\" must be a whole number, not \"" + v + "\"", null);
        }
    }

    double number() {
        String v = text();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw error("\"" + path + "\" must be a number, not \"" + v + "\"", null);
        }
    }

    boolean bool() {
        String v = text().toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error("\"" + path + "\" must be true or false, not \"" + v + "\"", null);
        };
    }

    private String kind() {
        return node instanceof MappingNode ? "a mapping" : node instanceof SequenceNode ? "a list" : "a value";
    }
}
