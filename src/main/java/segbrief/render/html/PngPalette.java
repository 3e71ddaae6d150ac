package segbrief.render.html;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Encodes a chart as an opaque 8-bit palette PNG on white, which is a fraction of the size of a 2x ARGB PNG:
 * mail budgets (Gmail clips, 1 MB per message) are tight. Charts use few colours, so up to 256 distinct colours
 * are kept exactly (in ascending RGB order); beyond that the most common colours (5 bits per channel) are kept and
 * each pixel takes the nearest one. The rows are left unfiltered, as the PNG specification advises for palette
 * images (and 15% smaller than ImageIO's per-row filters on the bundled charts), and deflated at zlib's default
 * level; no ImageIO on the way, whose PNG writer spends its time in per-pixel Java loops.
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
        int[] rgb = opaqueRgb(in); // the low 24 bits count
        // The distinct colours and how often each occurs. Charts are mostly long runs of one colour (background,
        // bars), so a pixel like its left neighbour skips the lookup.
        ColourTable table = new ColourTable();
        int previous = ~rgb[0] & 0xffffff;
        int previousEntry = -1;
        for (int pixel : rgb) {
            int c = pixel & 0xffffff;
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

        // The PNG's image data: per row a filter byte (0, none: the PNG spec's advice for palette images) and
        // the palette index of each pixel.
        byte[] rows = new byte[h * (w + 1)];
        previous = ~rgb[0] & 0xffffff;
        byte index = 0;
        for (int y = 0, i = 0; y < h; y++) {
            for (int x = 0, at = y * (w + 1) + 1; x < w; x++, i++, at++) {
                int c = rgb[i] & 0xffffff;
                if (c != previous) {
                    previous = c;
                    index = (byte) table.counts[table.entry(c)];
                }
                rows[at] = index;
            }
        }
        return png(w, h, palette, rows);
    }

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** An 8-bit palette PNG: header, palette, the rows deflated at zlib's default level, end. */
    private static byte[] png(int w, int h, int[] palette, byte[] rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length / 16);
        out.writeBytes(SIGNATURE);
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 3).put((byte) 0).put((byte) 0).put((byte) 0); // depth, palette, deflate, ...
        chunk(out, "IHDR", header.array(), 13);
        byte[] plte = new byte[3 * palette.length];
        for (int i = 0; i < palette.length; i++) {
            plte[3 * i] = (byte) (palette[i] >> 16);
            plte[3 * i + 1] = (byte) (palette[i] >> 8);
            plte[3 * i + 2] = (byte) palette[i];
        }
        chunk(out, "PLTE", plte, plte.length);
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            deflater.setInput(rows);
            deflater.finish();
            byte[] data = new byte[Math.max(1024, rows.length / 8)];
            int size = 0;
            while (!deflater.finished()) {
                if (size == data.length) data = Arrays.copyOf(data, data.length * 2);
                size += deflater.deflate(data, size, data.length - size);
            }
            chunk(out, "IDAT", data, size);
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(8).putInt(length).put(name).array());
        out.write(data, 0, length);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /**
     * Every pixel as 0x..RRGGBB (the top byte is to be ignored), alpha blended onto white; an opaque RGB image's own
     * pixel array is returned as it is, not copied.
     */
    private static int[] opaqueRgb(BufferedImage in) {
        int w = in.getWidth();
        int h = in.getHeight();
        if (in.getType() == BufferedImage.TYPE_INT_RGB && in.getRaster().getDataBuffer() instanceof DataBufferInt data
                && in.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && sm.getScanlineStride() == w && data.getOffset() == 0 && in.getRaster().getParent() == null
                && data.getData().length == w * h) {
            return data.getData();
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
