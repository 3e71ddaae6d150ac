package segbrief.render.html;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import segbrief.brief.Brief;
import segbrief.brief.ChartSpec;
import segbrief.brief.Finding;
import segbrief.brief.Formats;
import segbrief.chart.ChartRenderer;

/** Draws each finding's chart once, at the mail width and 2x, with alt text that reads the chart's data. */
final class ChartImages {
    static final int WIDTH = 560;
    static final double SCALE = 2;
    private static final int ALT_ITEMS = 6;

    private ChartImages() {}

    /** Finding index (0-based) to its chart; findings without a chart are absent. */
    static Map<Integer, ChartImage> forFindings(ChartRenderer charts, Brief brief) {
        Map<Integer, ChartImage> images = new LinkedHashMap<>();
        List<Finding> findings = brief.findings();
        for (int i = 0; i < findings.size(); i++) {
            ChartSpec spec = findings.get(i).chart();
            if (spec == null) continue;
            int height = heightFor(spec);
            // the finding's title is printed as text above the image (readable when images are blocked), not twice
            byte[] png = PngPalette.reduce(charts.image(spec.untitled(), WIDTH, height, SCALE));
            String name = "finding-" + (i + 1);
            String cid = name + "." + HexFormat.of().formatHex(sha256(png), 0, 6) + "@segbrief";
            images.put(i, new ChartImage(name, cid, png, WIDTH, height, alt(spec, brief.formats())));
        }
        return images;
    }

    /** Modest heights keep the PNGs small: ranked bars grow with their categories, others are fixed. */
    static int heightFor(ChartSpec spec) {
        return switch (spec) {
            case ChartSpec.Bar b when b.layout() == ChartSpec.Layout.RANKED ->
                    Math.clamp(60 + 28L * Math.min(b.categories().size(), 10), 180, 340);
            case ChartSpec.Donut d -> 240;
            default -> 260;
        };
    }

    /** "Chart: Games leads with €165.4k. Games €165.4k, Tech €120.0k, ..." so a blocked image still informs. */
    static String alt(ChartSpec spec, Formats f) {
        StringJoiner items = new StringJoiner(", ");
        switch (spec) {
            case ChartSpec.Bar b -> {
                for (int c = 0; c < Math.min(b.categories().size(), ALT_ITEMS); c++) {
                    items.add(b.categories().get(c) + " " + barValues(b, c, f));
                }
            }
            case ChartSpec.Donut d -> {
                for (int c = 0; c < Math.min(d.labels().size(), ALT_ITEMS); c++) {
                    items.add(d.labels().get(c) + " " + f.compact(d.values().get(c), d.kind()));
                }
            }
            default -> { }
        }
        String title = spec.title() == null || spec.title().isBlank() ? "Chart" : "Chart: " + spec.title().strip();
        return items.length() == 0 ? title : title + ". " + items;
    }

    private static String barValues(ChartSpec.Bar b, int c, Formats f) {
        if (b.series().size() == 1) return value(b.series().getFirst().values(), c, b, f);
        List<String> parts = new ArrayList<>();
        for (ChartSpec.Series s : b.series()) parts.add(s.name() + " " + value(s.values(), c, b, f));
        return "(" + String.join(", ", parts) + ")";
    }

    private static String value(List<Double> values, int c, ChartSpec.Bar b, Formats f) {
        return c < values.size() ? f.compact(values.get(c), b.kind()) : "–";
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
