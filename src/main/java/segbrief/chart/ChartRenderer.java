package segbrief.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import segbrief.brief.ChartSpec;
import segbrief.brief.Formats;

/**
 * Turns a {@link ChartSpec} into a drawing with the one SegmentBrief theme: as vectors onto any Graphics2D (the
 * PDF) or as a PNG (the HTML and the email). STUB: the chart package's owner replaces the body.
 */
public final class ChartRenderer {
    private final Formats formats;

    public ChartRenderer(Formats formats) {
        this.formats = formats;
    }

    /** Draws the chart into {@code area} of {@code g}; used by the PDF renderer for vector output. */
    public void draw(ChartSpec spec, Graphics2D g, Rectangle2D area) {
        g.drawRect((int) area.getX(), (int) area.getY(), (int) area.getWidth(), (int) area.getHeight());
        g.drawString(spec.title(), (float) area.getX() + 4, (float) area.getY() + 14);
    }

    /** A PNG of {@code width} x {@code height} CSS pixels drawn at {@code scale} (2 for retina mail clients). */
    public byte[] png(ChartSpec spec, int width, int height, double scale) {
        var img = new java.awt.image.BufferedImage((int) (width * scale), (int) (height * scale),
                java.awt.image.BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.scale(scale, scale);
        draw(spec, g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public Formats formats() { return formats; }
}
