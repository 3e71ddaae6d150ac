package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngPaletteTest {

    /** A 2x chart-like drawing: antialiased bars, arcs and text on a transparent background, and a gradient. */
    static byte[] chartLike(boolean gradient) throws Exception {
        BufferedImage img = new BufferedImage(1120, 520, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(2, 2);
        Color[] palette = {new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xD55E00)};
        for (int i = 0; i < 12; i++) {
            g.setColor(palette[i % palette.length]);
            g.fill(new java.awt.geom.RoundRectangle2D.Double(40 + i * 20.5, 240 - i * 15.3, 14.2, i * 15.3 + 1, 3, 3));
        }
        g.setStroke(new BasicStroke(18.5f));
        g.setColor(palette[3]);
        g.draw(new Arc2D.Double(330, 40, 160, 160, 10, 250, Arc2D.OPEN));
        g.setColor(new Color(0x333333));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        g.drawString("Games leads with €165.4k, 20.3% of all donations", 10, 16);
        if (gradient) {
            g.setPaint(new GradientPaint(0, 200, Color.WHITE, 560, 260, new Color(0x56B4E9)));
            g.fillRect(0, 200, 560, 60);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    @Test
    void a_chart_becomes_a_smaller_opaque_palette_png_of_the_same_size() throws Exception {
        byte[] argb = chartLike(false);
        byte[] reduced = PngPalette.reduce(argb);

        BufferedImage back = ImageIO.read(new ByteArrayInputStream(reduced));
        assertThat(back.getColorModel()).isInstanceOf(IndexColorModel.class);
        assertThat(back.getWidth()).isEqualTo(1120);
        assertThat(back.getHeight()).isEqualTo(520);
        assertThat(reduced.length).isLessThan(argb.length / 2);
    }

    @Test
    void colours_stay_close_even_with_more_than_256_of_them() throws Exception {
        byte[] argb = chartLike(true);
        BufferedImage before = ImageIO.read(new ByteArrayInputStream(argb));
        BufferedImage after = ImageIO.read(new ByteArrayInputStream(PngPalette.reduce(argb)));

        long far = 0;
        for (int y = 0; y < before.getHeight(); y++) {
            for (int x = 0; x < before.getWidth(); x++) {
                int a = onWhite(before.getRGB(x, y));
                int b = after.getRGB(x, y) & 0xffffff;
                int d = Math.max(Math.abs((a >> 16 & 0xff) - (b >> 16 & 0xff)),
                        Math.max(Math.abs((a >> 8 & 0xff) - (b >> 8 & 0xff)), Math.abs((a & 0xff) - (b & 0xff))));
                if (d > 24) far++;
            }
        }
        assertThat((double) far / (before.getWidth() * before.getHeight())).isLessThan(0.001);
    }

    @Test
    void reduction_is_deterministic_and_leaves_non_png_bytes_alone() throws Exception {
        byte[] argb = chartLike(true);

        assertThat(PngPalette.reduce(argb)).isEqualTo(PngPalette.reduce(argb));
        byte[] notPng = {1, 2, 3};
        assertThat(PngPalette.reduce(notPng)).isSameAs(notPng);
    }

    @Test
    void an_image_reduces_to_the_bytes_its_png_reduces_to() throws Exception {
        for (boolean gradient : new boolean[]{false, true}) {
            BufferedImage argb = ImageIO.read(new ByteArrayInputStream(chartLike(gradient)));
            BufferedImage rgb = new BufferedImage(argb.getWidth(), argb.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = rgb.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(argb, 0, 0, null);
            g.dispose();
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(rgb, "png", png);

            assertThat(PngPalette.reduce(rgb)).isEqualTo(PngPalette.reduce(png.toByteArray()));
            assertThat(PngPalette.reduce(argb)).isEqualTo(PngPalette.reduce(chartLike(gradient)));
        }
    }

    private static int onWhite(int argb) {
        int a = argb >>> 24;
        int r = ((argb >> 16 & 0xff) * a + 255 * (255 - a) + 127) / 255;
        int g = ((argb >> 8 & 0xff) * a + 255 * (255 - a) + 127) / 255;
        int b = ((argb & 0xff) * a + 255 * (255 - a) + 127) / 255;
        return r << 16 | g << 8 | b;
    }
}
