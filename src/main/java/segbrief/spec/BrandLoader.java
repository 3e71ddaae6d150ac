package segbrief.spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import segbrief.spec.BriefSpec.BrandSpec;

/**
 * Reads and checks {@code brand:}. Colours are hex; the ones printed as text (accent, positive, negative) must keep
 * a contrast of 4.5:1 on white (WCAG AA for body text), or the brief would be hard to read; the logo must be a PNG
 * or SVG file inside the spec's folder.
 */
final class BrandLoader {
    static final double MIN_CONTRAST = 4.5;

    private BrandLoader() {}

    static BrandSpec brand(YamlNode n, Path base) {
        Map<String, YamlNode> m = n.map(Set.of("company", "logo", "colors", "colours", "footer", "sender"));
        Path logo = m.containsKey("logo") ? logo(m.get("logo"), base) : null;
        String accent = null;
        String positive = null;
        String negative = null;
        List<String> palette = new ArrayList<>();
        YamlNode colours = m.containsKey("colours") ? m.get("colours") : m.get("colors");
        if (colours != null) {
            Map<String, YamlNode> c = colours.map(Set.of("accent", "positive", "negative", "palette"));
            if (c.containsKey("accent")) accent = textColour(c.get("accent"));
            if (c.containsKey("positive")) positive = textColour(c.get("positive"));
            if (c.containsKey("negative")) negative = textColour(c.get("negative"));
            if (c.containsKey("palette")) {
                for (YamlNode p : c.get("palette").list()) palette.add(hex(p));
                if (palette.size() < 2) throw c.get("palette").error("a chart palette needs at least 2 colours", null);
            }
        }
        return new BrandSpec(m.containsKey("company") ? m.get("company").text() : "", logo, accent, positive, negative, palette,
                m.containsKey("footer") ? m.get("footer").text() : "", m.containsKey("sender") ? m.get("sender").text() : "",
                n.line());
    }

    /** "#0b5fa5", "#0B5FA5" or "#09F" → "#0B5FA5". */
    static String hex(YamlNode n) {
        String v = n.text().strip();
        if (v.matches("#[0-9A-Fa-f]{3}")) v = "#" + v.charAt(1) + v.charAt(1) + v.charAt(2) + v.charAt(2) + v.charAt(3) + v.charAt(3);
        if (!v.matches("#[0-9A-Fa-f]{6}")) {
            throw n.error("\"" + n.text() + "\" is not a hex colour", "write it as #RRGGBB, e.g. #0B5FA5");
        }
        return v.toUpperCase(Locale.ROOT);
    }

    private static String textColour(YamlNode n) {
        String v = hex(n);
        double c = contrast(v, "#FFFFFF");
        if (c < MIN_CONTRAST) {
            throw n.error(n.path() + " " + v + " has a contrast of " + String.format(Locale.ROOT, "%.2f", c)
                    + ":1 on white; text needs at least 4.5:1", "choose a darker shade");
        }
        return v;
    }

    static double contrast(String a, String b) {
        return BrandContrast.of(a, b);
    }

    private static Path logo(YamlNode n, Path base) {
        Path p = base.resolve(n.text()).normalize();
        Path real;
        try {
            real = p.toRealPath();
        } catch (IOException e) {
            throw n.error("logo file \"" + n.text() + "\" not found", "paths in a spec are relative to the spec's folder");
        }
        try {
            if (!real.startsWith(base.toRealPath())) throw n.error("logo \"" + n.text() + "\" is outside the spec's folder", "copy it beside the spec");
            if (Files.size(real) > 2_000_000) throw n.error("logo \"" + n.text() + "\" is larger than 2 MB", "a logo needs a few kB");
            String all = new String(Files.readAllBytes(real), java.nio.charset.StandardCharsets.ISO_8859_1);
            boolean png = all.startsWith("\u0089PNG\r\n\u001a\n");
            boolean svg = !png && all.stripLeading().startsWith("<") && all.contains("<svg");
            if (!png && !svg) throw n.error("logo \"" + n.text() + "\" is neither a PNG nor an SVG image", "give a .png or .svg file");
            // entities could read other files into the drawing; a logo needs none
            if (svg && all.contains("<!ENTITY")) throw n.error("logo \"" + n.text() + "\" declares XML entities", "save the SVG without a DOCTYPE");
            return real;
        } catch (IOException e) {
            throw n.error("logo file \"" + n.text() + "\" cannot be read: " + e.getMessage(), null);
        }
    }
}
