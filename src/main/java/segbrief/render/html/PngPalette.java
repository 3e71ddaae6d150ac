package segbrief.render.html;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Re-encodes a chart PNG as an opaque 8-bit palette PNG on white, which is a fraction of the size of a 2x
 * ARGB PNG: mail budgets (Gmail clips, 1 MB per message) are tight. Charts use few colours, so up to 256
 * distinct colours are kept exactly; beyond that the most common colours (5 bits per channel) are kept and
 * each pixel takes the nearest one. Returns the input when it is not a PNG or the result is not smaller.
 */
final class PngPalette {
    private static final int MAX_COLOURS = 256;

    private PngPalette() {}

    static byte[] reduce(byte[] png) {
        BufferedImage in;
        try {
            in = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return png;
        }
        if (in == null) return png;
        int w = in.getWidth();
        int h = in.getHeight();
        int[] rgb = onWhite(in.getRGB(0, 0, w, h, null, 0, w));
        int[] palette = palette(rgb);
        Map<Integer, Integer> index = new HashMap<>();
        byte[] r = new byte[palette.length];
        byte[] g = new byte[palette.length];
        byte[] b = new byte[palette.length];
        for (int i = 0; i < palette.length; i++) {
            r[i] = (byte) (palette[i] >> 16);
            g[i] = (byte) (palette[i] >> 8);
            b[i] = (byte) palette[i];
        }
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, palette.length, r, g, b));
        WritableRaster raster = out.getRaster();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) row[x] = index.computeIfAbsent(rgb[y * w + x], c -> nearest(palette, c));
            raster.setPixels(0, y, w, 1, row);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size() < png.length ? bytes.toByteArray() : png;
    }

    private static int[] onWhite(int[] argb) {
        int[] rgb = new int[argb.length];
        for (int i = 0; i < argb.length; i++) {
            int a = argb[i] >>> 24;
            int r = blend(argb[i] >> 16 & 0xff, a);
            int g = blend(argb[i] >> 8 & 0xff, a);
            int b = blend(argb[i] & 0xff, a);
            rgb[i] = r << 16 | g << 8 | b;
        }
        return rgb;
    }

    private static int blend(int channel, int alpha) {
        return (channel * alpha + 255 * (255 - alpha) + 127) / 255;
    }

    /** The distinct colours when few, else the averages of the most common 5-bit buckets (ties by bucket). */
    private static int[] palette(int[] rgb) {
        Map<Integer, long[]> buckets = new HashMap<>();
        Map<Integer, Integer> distinct = new HashMap<>();
        for (int c : rgb) {
            if (distinct.size() <= MAX_COLOURS) distinct.merge(c, 1, Integer::sum);
            int key = (c >> 19 & 0x1f) << 10 | (c >> 11 & 0x1f) << 5 | (c >> 3 & 0x1f);
            long[] s = buckets.computeIfAbsent(key, k -> new long[4]);
            s[0] += c >> 16 & 0xff;
            s[1] += c >> 8 & 0xff;
            s[2] += c & 0xff;
            s[3]++;
        }
        if (distinct.size() <= MAX_COLOURS) {
            return distinct.keySet().stream().sorted().mapToInt(Integer::intValue).toArray();
        }
        List<Map.Entry<Integer, long[]>> top = new ArrayList<>(buckets.entrySet());
        top.sort(Comparator.<Map.Entry<Integer, long[]>>comparingLong(e -> -e.getValue()[3])
                .thenComparing(Map.Entry::getKey));
        return top.stream().limit(MAX_COLOURS).mapToInt(e -> {
            long[] s = e.getValue();
            return (int) ((s[0] + s[3] / 2) / s[3]) << 16 | (int) ((s[1] + s[3] / 2) / s[3]) << 8
                    | (int) ((s[2] + s[3] / 2) / s[3]);
        }).toArray();
    }

    private static int nearest(int[] palette, int c) {
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < palette.length; i++) {
            int dr = (palette[i] >> 16 & 0xff) - (c >> 16 & 0xff);
            int dg = (palette[i] >> 8 & 0xff) - (c >> 8 & 0xff);
            int db = (palette[i] & 0xff) - (c & 0xff);
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
