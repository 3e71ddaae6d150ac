package segbrief.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives DuckDB clean UTF-8. UTF-8 files (with or without a byte-order mark) are read as they are; a file that is
 * not UTF-8 is a Windows export, decoded as Windows-1252 (curly quotes, €, dashes in bytes 0x80–0x9F, which
 * Latin-1 gives to invisible control characters) or as Latin-1 when it has none of those bytes; NUL bytes are
 * removed and counted. Such a file is rewritten as UTF-8 into the scratch folder, line for line, so line numbers
 * still point into the original.
 */
final class TextEncoding {
    /** The start of a file judged for its encoding; a stray invalid byte further on is rejected by the reader. */
    private static final int HEAD = 4 << 20;
    private static final int LINES_SHOWN = LineList.SHOWN;
    private static final char[] WINDOWS_1252 = windows1252();

    /** The file DuckDB should read and what was done to get it. */
    record Prepared(Path path, List<String> notes) {}

    private TextEncoding() {}

    static Prepared prepare(Path file, Path scratch) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!DuckDbSource.isCsv(file) || n.endsWith(".gz") || n.endsWith(".zst")) return new Prepared(file, List.of());
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            return new Prepared(file, List.of());  // the reader reports an unreadable file
        }
        boolean utf8 = isUtf8(head);
        boolean nul = false;
        boolean c1 = false;
        for (byte b : head) {
            if (b == 0) nul = true;
            if ((b & 0xFF) >= 0x80 && (b & 0xFF) <= 0x9F) c1 = true;
        }
        if (utf8 && !nul) return new Prepared(file, List.of());
        try {
            Files.createDirectories(scratch);
            Path out = Files.createTempFile(scratch, "utf8-", ".csv");
            Nuls nuls = rewrite(file, out, !utf8);
            String name = file.getFileName().toString();
            List<String> notes = new ArrayList<>();
            if (!utf8) notes.add(name + ": not UTF-8; read as " + (c1 ? "Windows-1252" : "Latin-1 (ISO-8859-1)"));
            if (nuls.count() > 0) {
                notes.add(name + ": " + nuls.count() + " NUL byte(s) removed, on line" + (nuls.lines().size() > 1 ? "s " : " ")
                        + LineList.of(nuls.lines(), nuls.lines().size()));
            }
            return new Prepared(out, List.copyOf(notes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + file + " for reading", e);
        }
    }

    private record Nuls(long count, List<Long> lines) {}

    /** Copies {@code file} to {@code out} as UTF-8 without NUL bytes, counting them and noting their first lines. */
    private static Nuls rewrite(Path file, Path out, boolean windows) throws IOException {
        long count = 0;
        List<Long> lines = new ArrayList<>();
        long line = 1;
        try (InputStream in = Files.newInputStream(file); OutputStream o = Files.newOutputStream(out)) {
            byte[] buf = new byte[1 << 20];
            StringBuilder chars = new StringBuilder(buf.length);
            ByteBuffer bytes = ByteBuffer.allocate(buf.length);
            for (int r; (r = in.read(buf)) > 0; ) {
                bytes.clear();
                chars.setLength(0);
                for (int i = 0; i < r; i++) {
                    byte b = buf[i];
                    if (b == '\n') line++;
                    if (b == 0) {
                        count++;
                        if ((lines.isEmpty() || lines.getLast() != line) && lines.size() <= LINES_SHOWN) lines.add(line);
                    } else if (windows) {
                        chars.append(WINDOWS_1252[b & 0xFF]);
                    } else {
                        bytes.put(b);
                    }
                }
                if (windows) {
                    o.write(chars.toString().getBytes(StandardCharsets.UTF_8));
                } else {
                    o.write(bytes.array(), 0, bytes.position());
                }
            }
        }
        return new Nuls(count, lines);
    }

    static boolean isUtf8(byte[] head) {
        int end = head.length;
        // do not judge a multi-byte character cut by the end of what was read
        for (int k = 0; k < 3 && end > 0 && (head[end - 1] & 0xC0) == 0x80; k++) end--;
        if (end > 0 && (head[end - 1] & 0xC0) == 0xC0) end--;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(head, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Windows-1252, with Latin-1's meaning for the five bytes it leaves undefined (never U+FFFD). */
    private static char[] windows1252() {
        Charset cs = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int i = 0; i < 256; i++) {
            String s = new String(new byte[]{(byte) i}, cs);
            table[i] = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) i;
        }
        return table;
    }
}
