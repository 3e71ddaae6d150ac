package segbrief.generate;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams CSV rows (RFC 4180 quoting, LF line ends, UTF-8) into a file through one large byte buffer. Numbers and
 * ISO dates are written digit by digit: no locale, no per-row allocation, so a 10-million-row file is fast and
 * the bytes are the same on every machine.
 */
final class CsvSink implements Closeable {
    private static final int BUFFER = 1 << 20;

    private final Path file;
    private final OutputStream out;
    private final byte[] buf = new byte[BUFFER];
    private int pos;
    private boolean rowStarted;
    private long rows;

    CsvSink(Path file, String... header) throws IOException {
        this.file = file;
        this.out = Files.newOutputStream(file);
        for (String name : header) text(name);
        endRow();
        rows = 0;
    }

    Path file() { return file; }

    /** Data rows written so far (the header is not counted). */
    long rows() { return rows; }

    CsvSink text(String value) {
        separator();
        if (!needsQuotes(value)) {
            ascii(value);
            return this;
        }
        put((byte) '"');
        ascii(value.replace("\"", "\"\""));
        put((byte) '"');
        return this;
    }

    CsvSink empty() {
        separator();
        return this;
    }

    CsvSink integer(long value) {
        separator();
        digits(value);
        return this;
    }

    /** A decimal from its unscaled value: {@code decimal(123456, 2)} writes {@code 1234.56}. */
    CsvSink decimal(long unscaled, int scale) {
        separator();
        if (unscaled < 0) {
            put((byte) '-');
            unscaled = -unscaled;
        }
        long pow = 1;
        for (int i = 0; i < scale; i++) pow *= 10;
        digits(unscaled / pow);
        if (scale > 0) {
            put((byte) '.');
            long frac = unscaled % pow;
            for (long p = pow / 10; p >= 1; p /= 10) put((byte) ('0' + (frac / p) % 10));
        }
        return this;
    }

    /** An ISO date (yyyy-MM-dd) from a day count since 1970-01-01. */
    CsvSink date(long epochDay) {
        separator();
        IsoDate.write(epochDay, this);
        return this;
    }

    CsvSink bool(boolean value) {
        separator();
        ascii(value ? "TRUE" : "FALSE");
        return this;
    }

    void endRow() throws IOException {
        put((byte) '\n');
        rowStarted = false;
        rows++;
        if (pos > BUFFER - 4096) flush();
    }

    @Override
    public void close() throws IOException {
        try (out) {
            flush();
        }
    }

    void put(byte b) {
        if (pos == buf.length) grow();
        buf[pos++] = b;
    }

    void twoDigits(int v) {
        put((byte) ('0' + v / 10));
        put((byte) ('0' + v % 10));
    }

    void digits(long v) {
        if (v == Long.MIN_VALUE) {
            ascii(Long.toString(v));
            return;
        }
        if (v < 0) {
            put((byte) '-');
            v = -v;
        }
        if (v < 10) {
            put((byte) ('0' + v));
            return;
        }
        if (pos > buf.length - 20) grow(); // the digits are reversed in place, so they must not straddle a flush
        int start = pos;
        while (v > 0) {
            put((byte) ('0' + v % 10));
            v /= 10;
        }
        for (int i = start, j = pos - 1; i < j; i++, j--) {
            byte t = buf[i];
            buf[i] = buf[j];
            buf[j] = t;
        }
    }

    private void separator() {
        if (rowStarted) put((byte) ',');
        rowStarted = true;
    }

    private void ascii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                put((byte) c);
            } else {
                for (byte b : s.substring(i).getBytes(StandardCharsets.UTF_8)) put(b);
                return;
            }
        }
    }

    private static boolean needsQuotes(String s) {
        if (s.isEmpty()) return false;
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ') return true;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') return true;
        }
        return false;
    }

    // A row longer than the buffer's headroom (a very long text cell) still fits.
    private void grow() {
        try {
            flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void flush() throws IOException {
        out.write(buf, 0, pos);
        pos = 0;
    }
}
