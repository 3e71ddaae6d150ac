package segbrief.spec;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * When a period's data looks incomplete (the spec's {@code completeness:} section): the data ends more than
 * {@code max_gap_days} before the period does, or it has fewer rows per day than {@code min_rows_ratio} times the
 * median of earlier periods. Then the brief is written but held back from sending.
 */
public record Completeness(int maxGapDays, double minRowsRatio) {
    public static final Completeness DEFAULTS = new Completeness(3, 0.5);

    /** The spec's completeness section, or the defaults; the spec itself was checked by {@link SpecLoader}. */
    public static Completeness load(Path specFile) {
        Node root;
        try (Reader r = Files.newBufferedReader(specFile, StandardCharsets.UTF_8)) {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(true);
            root = new Yaml(options).compose(r);
        } catch (IOException | RuntimeException e) {
            return DEFAULTS; // SpecLoader has already reported anything wrong with the file itself
        }
        if (root == null) return DEFAULTS;
        YamlNode top = new YamlNode(root, specFile.toString(), "");
        if (!top.isMap()) return DEFAULTS;
        Map<String, YamlNode> m = top.map(SpecLoader.TOP);
        YamlNode c = m.get("completeness");
        if (c == null) return DEFAULTS;
        Map<String, YamlNode> k = c.map(Set.of("max_gap_days", "min_rows_ratio"));
        int gap = DEFAULTS.maxGapDays;
        double ratio = DEFAULTS.minRowsRatio;
        if (k.containsKey("max_gap_days")) {
            long g = k.get("max_gap_days").integer();
            if (g < 0 || g > 31) throw k.get("max_gap_days").error("completeness.max_gap_days must be 0..31, not " + g, null);
            gap = (int) g;
        }
        if (k.containsKey("min_rows_ratio")) {
            ratio = k.get("min_rows_ratio").number();
            if (!(ratio >= 0 && ratio <= 1)) {
                throw k.get("min_rows_ratio").error("completeness.min_rows_ratio must be between 0 and 1, not " + ratio, null);
            }
        }
        return new Completeness(gap, ratio);
    }
}
