package segbrief.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import segbrief.brief.ChartSpec;

/** Headless drawing for the tests: a white image with the chart drawn through the public draw method. */
final class Drawing {
    /** Antialiased, fractional metrics: what the chart builders measure with. */
    static final java.awt.font.FontRenderContext FRC = new java.awt.font.FontRenderContext(null, true, true);

    private Drawing() {}

    static BufferedImage draw(ChartRenderer renderer, ChartSpec spec, int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        renderer.draw(spec, g, new Rectangle2D.Double(0, 0, width, height));
        g.dispose();
        return img;
    }

    /** Pixels that are not white. */
    static long inked(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
            }
        }
        return n;
    }

    /** Pixels within a small distance of {@code colour} (antialiasing blurs edges, not bar interiors). */
    static long pixelsOf(BufferedImage img, Color colour) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                Color c = new Color(img.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) + Math.abs(c.getGreen() - colour.getGreen())
                        + Math.abs(c.getBlue() - colour.getBlue()) < 12) n++;
            }
        }
        return n;
    }
}
