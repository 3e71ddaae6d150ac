package segbrief.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jfree.chart.JFreeChart;
import segbrief.brief.ChartSpec;
import segbrief.brief.Formats;

/**
 * Turns a {@link ChartSpec} into a drawing with the one SegmentBrief theme: as vectors onto any Graphics2D (the
 * PDF) or as a PNG (the HTML and the email). Type sizes follow the drawing's width, so build per target size.
 */
public final class ChartRenderer {
    /** Series colours (Okabe–Ito, colour-blind safe) in the order charts use them, for the HTML to match. */
    public static final List<String> PALETTE = Theme.PALETTE_HEX;
    /** The colour of the highlighted bar or slice, the one the text talks about. */
    public static final String ACCENT = Theme.ACCENT_HEX;
    /** The grey of the bars and slices that are not highlighted. */
    public static final String MUTED = Theme.MUTED_HEX;

    private final Formats formats;
    private Theme.Colours colours;

    public ChartRenderer(Formats formats) {
        this.formats = Objects.requireNonNull(formats, "formats");
    }

    /**
     * Draws every chart in a company's colours: {@code palette} ("#RRGGBB", empty for the default) for series,
     * {@code accent} for the answer a chart marks.
     */
    public ChartRenderer colours(List<String> palette, String accent) {
        this.colours = new Theme.Colours(palette.stream().map(Color::decode).toList(), Color.decode(accent));
        return this;
    }

    /**
     * Registers the chart fonts and draws a line of text in each into a small image, which starts Java2D's text
     * pipeline (font configuration, rasteriser, shaper) once per JVM ahead of the first chart.
     */
    public static void warmUp() {
        BufferedImage img = new BufferedImage(64, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            for (java.awt.Font f : List.of(DejaVuFonts.plain(11), DejaVuFonts.bold(11))) {
                g.setFont(f);
                g.drawString("Sales €1.2k", 1, 12);
            }
        } finally {
            g.dispose();
        }
    }

    /** Whether {@code text} has Chinese, Japanese or Korean letters, which DejaVu Sans has no glyphs for. */
    public static boolean needsCjkFont(String text) {
        return CjkFont.needed(text);
    }

    /** Draws the chart into {@code area} of {@code g}; used by the PDF renderer for vector output. */
    public void draw(ChartSpec spec, Graphics2D g, Rectangle2D area) {
        Graphics2D copy = (Graphics2D) g.create();
        // Chinese, Japanese or Korean anywhere in the spec (its record text holds every label): draw the CJK letters
        // in Droid Sans Fallback; every other chart draws straight onto g, as it always has.
        if (CjkFont.needed(spec.toString())) copy = new FallbackGraphics(copy);
        try {
            Graphics2D target = copy;
            branded(() -> chart(spec, area).draw(target, area));
        } finally {
            copy.dispose();
        }
    }

    /** A PNG of {@code width} x {@code height} CSS pixels drawn at {@code scale} (2 for retina mail clients). */
    public byte[] png(ChartSpec spec, int width, int height, double scale) {
        BufferedImage img = image(spec, width, height, scale);
        var out = new ByteArrayOutputStream();
        // ImageIO.write(img, "png", out) would buffer through a temporary file; memory is enough for a chart
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(img);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode chart " + spec.id() + " as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The chart drawn opaque on white into an RGB image of {@code width} x {@code height} CSS pixels at {@code scale}:
     * what {@link #png} encodes, for callers that encode it themselves.
     */
    public BufferedImage image(ChartSpec spec, int width, int height, double scale) {
        if (width <= 0 || height <= 0 || !(scale > 0)) {
            throw new IllegalArgumentException("chart " + spec.id() + ": PNG size " + width + "x" + height + " at scale "
                    + scale + " is not drawable (expected positive width, height and scale, e.g. 600x320 at 2)");
        }
        BufferedImage img = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(scale, scale);
            draw(spec, g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return img;
    }

    public Formats formats() { return formats; }

    /** Runs a drawing with the brand's colours in scope (renderers read them while they paint, not only when built). */
    private void branded(Runnable drawing) {
        if (colours == null) drawing.run();
        else ScopedValue.where(Theme.BRAND, colours).run(drawing);
    }

    /** The themed JFreeChart for {@code spec} sized for {@code area}; package-private so tests can read its data. */
    JFreeChart chart(ChartSpec spec, Rectangle2D area) {
        Theme theme = Theme.forWidth(formats, area.getWidth());
        return switch (spec) {
            case ChartSpec.Bar b -> new BarChartBuilder(theme).build(b, area);
            case ChartSpec.Donut d -> new DonutChartBuilder(theme).build(d, area);
            case ChartSpec.Line l -> new LineChartBuilder(theme).build(l, area);
            case ChartSpec.Histogram h -> new HistogramChartBuilder(theme).build(h, area);
            case ChartSpec.GroupShape s -> new GroupShapeChartBuilder(theme).build(s, area);
            case ChartSpec.Scatter s -> new ScatterChartBuilder(theme).build(s, area);
            case ChartSpec.Treemap t -> treemap(theme, t);
            case ChartSpec.Heatmap h -> new HeatmapChartBuilder(theme).build(h, area);
        };
    }

    private static JFreeChart treemap(Theme theme, ChartSpec.Treemap spec) {
        TreemapPlot plot = new TreemapPlot(theme, spec.tiles(), spec.kind());
        return theme.chart(spec.title(), plot, plot.colouredByLabel());
    }
}
