package segbrief.render.html;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
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
        int[] sorted = rgb.clone();
        Arrays.sort(sorted);
        int[] counts = new int[sorted.length];
        int unique = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) sorted[unique++] = sorted[i];
            counts[unique - 1]++;
        }
        int[] colours = Arrays.copyOf(sorted, unique);
        int[] palette = unique <= MAX_COLOURS ? colours : commonest(colours, counts);
        int[] slot = new int[unique];
        for (int i = 0; i < unique; i++) slot[i] = nearest(palette, colours[i]);

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
            for (int x = 0; x < w; x++) row[x] = slot[Arrays.binarySearch(colours, rgb[y * w + x])];
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

    /** The averages of the most common 5-bit-per-channel buckets, ties by bucket number. */
    private static int[] commonest(int[] colours, int[] counts) {
        long[][] buckets = new long[1 << 15][4];
        for (int i = 0; i < colours.length; i++) {
            int c = colours[i];
            long[] s = buckets[(c >> 19 & 0x1f) << 10 | (c >> 11 & 0x1f) << 5 | (c >> 3 & 0x1f)];
            s[0] += (long) (c >> 16 & 0xff) * counts[i];
            s[1] += (long) (c >> 8 & 0xff) * counts[i];
            s[2] += (long) (c & 0xff) * counts[i];
            s[3] += counts[i];
        }
        return IntStream.range(0, buckets.length).filter(k -> buckets[k][3] > 0).boxed()
                .sorted(Comparator.<Integer>comparingLong(k -> -buckets[k][3]).thenComparing(k -> k))
                .limit(MAX_COLOURS).mapToInt(k -> {
                    long[] s = buckets[k];
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
