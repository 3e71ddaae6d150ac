package segbrief.render.html;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.IndexColorModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a chart as an opaque 8-bit palette PNG on white, which is a fraction of the size of a 2x ARGB PNG:
 * mail budgets (Gmail clips, 1 MB per message) are tight. Charts use few colours, so up to 256 distinct colours
 * are kept exactly (in ascending RGB order); beyond that the most common colours (5 bits per channel) are kept and
 * each pixel takes the nearest one.
 */
final class PngPalette {
    private static final int MAX_COLOURS = 256;

    private PngPalette() {}

    /** Re-encodes a PNG; returns the input when it is not a PNG or the result is not smaller. */
    static byte[] reduce(byte[] png) {
        BufferedImage in;
        try {
            in = ImageIO.read(new MemoryCacheImageInputStream(new ByteArrayInputStream(png)));
        } catch (IOException e) {
            return png;
        }
        if (in == null) return png;
        byte[] reduced = reduce(in);
        return reduced.length < png.length ? reduced : png;
    }

    /** The image (any alpha blended onto white) as a palette PNG; the same pixels give the same bytes. */
    static byte[] reduce(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        int[] rgb = opaqueRgb(in);
        // The distinct colours and how often each occurs. Charts are mostly long runs of one colour (background,
        // bars), so a pixel like its left neighbour skips the lookup.
        ColourTable table = new ColourTable();
        int previous = ~rgb[0];
        int previousEntry = -1;
        for (int c : rgb) {
            if (c != previous) {
                previous = c;
                previousEntry = table.entry(c);
            }
            table.counts[previousEntry]++;
        }
        int unique = table.size;
        int[] colours = Arrays.copyOf(table.colours, unique);
        Arrays.sort(colours);
        int[] counts = new int[unique];
        for (int i = 0; i < unique; i++) counts[i] = table.counts[table.entry(colours[i])];
        int[] palette = unique <= MAX_COLOURS ? colours : commonest(colours, counts);
        // From here on each colour's entry holds its palette index.
        for (int i = 0; i < unique; i++) table.counts[table.entry(colours[i])] = nearest(palette, colours[i]);

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
        // TYPE_BYTE_INDEXED keeps one byte per pixel, row after row, in one array
        byte[] indices = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        previous = ~rgb[0];
        byte index = 0;
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            if (c != previous) {
                previous = c;
                index = (byte) table.counts[table.entry(c)];
            }
            indices[i] = index;
        }
        return encode(out);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // ImageIO.write(image, "png", bytes) would buffer through a temporary file; memory is enough here
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(stream);
            writer.write(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** Every pixel as 0xRRGGBB, alpha blended onto white; an opaque RGB image's own pixel array is read directly. */
    private static int[] opaqueRgb(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        if (in.getType() == BufferedImage.TYPE_INT_RGB && in.getRaster().getDataBuffer() instanceof DataBufferInt data
                && in.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == w && data.getOffset() == 0 && in.getRaster().getParent() == null
                && data.getData().length == w * h) {
            int[] pixels = data.getData();
            int[] rgb = new int[pixels.length];
            for (int i = 0; i < pixels.length; i++) rgb[i] = pixels[i] & 0xffffff;
            return rgb;
        }
        int[] argb = in.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < argb.length; i++) {
            int c = argb[i];
            int a = c >>> 24;
            argb[i] = a == 255 ? c & 0xffffff
                    : blend(c >> 16 & 0xff, a) << 16 | blend(c >> 8 & 0xff, a) << 8 | blend(c & 0xff, a);
        }
        return argb;
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

    /** Distinct 24-bit colours in an open-addressing hash table; each colour's entry is its index in insertion order. */
    private static final class ColourTable {
        private int[] slots = new int[1 << 12]; // entry + 1, 0 when free
        int[] colours = new int[1 << 11];
        int[] counts = new int[1 << 11];
        int size;

        int entry(int colour) {
            int mask = slots.length - 1;
            for (int s = mix(colour) & mask; ; s = (s + 1) & mask) {
                int e = slots[s] - 1;
                if (e < 0) return add(colour, s);
                if (colours[e] == colour) return e;
            }
        }

        private int add(int colour, int slot) {
            if (size == colours.length) {
                colours = Arrays.copyOf(colours, size * 2);
                counts = Arrays.copyOf(counts, size * 2);
            }
            colours[size] = colour;
            slots[slot] = ++size;
            if (size * 2 > slots.length) rehash();
            return size - 1;
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int e = 0; e < size; e++) {
                int s = mix(colours[e]) & mask;
                while (slots[s] != 0) s = (s + 1) & mask;
                slots[s] = e + 1;
            }
        }

        private static int mix(int colour) {
            return colour * 0x9E3779B1 >>> 7;
        }
    }
}
