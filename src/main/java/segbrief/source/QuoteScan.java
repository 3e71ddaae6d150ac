package segbrief.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds a quoted field that is never closed properly. One such quote turns the rest of the file into a single value, or makes
 * the dialect sniffer give up quoting, so that well-formed quoted rows are rejected instead; either way the fault is
 * a line the user can fix, and it is named. Quotes are read as RFC 4180 has them: a field that starts with {@code "}
 * runs to the next {@code "} not doubled, across line ends; a quote inside an unquoted field is a plain character.
 * Works on the bytes, so for UTF-8 and the single-byte encodings alike.
 */
final class QuoteScan {
    private QuoteScan() {}

    /**
     * The line (from 1) where a quoted field opens that never closes, or closes before its field ends (a stray quote
     * that a later quote seems to close: {@code "South\n3,"Austin, TX"}); -1 when every quoted field is whole.
     */
    static long unclosedQuoteLine(Path file, char delimiter) throws IOException {
        return unclosedQuoteLine(file, delimiter, Long.MAX_VALUE);
    }

    /**
     * As above over the first {@code limit} bytes. Past them a quote still open is not judged: DuckDB's reader, which
     * knows the file quotes its values by then, rejects such a row with its line.
     */
    static long unclosedQuoteLine(Path file, char delimiter, long limit) throws IOException {
        long left = limit;
        byte delim = (byte) delimiter;
        long line = 1;
        long opened = -1;
        boolean fieldStart = true;
        boolean quoted = false;
        boolean quoteSeen = false;  // inside a quoted field, the last byte was a quote: closing, or the first of a pair
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; left > 0 && (n = in.read(buf, 0, (int) Math.min(buf.length, left))) > 0; left -= n) {
                for (int i = 0; i < n; i++) {
                    byte b = buf[i];
                    if (quoted) {
                        if (quoteSeen) {
                            quoteSeen = false;
                            if (b == '"') continue;  // a doubled quote inside the field
                            quoted = false;          // the previous quote closed the field: its field must end here
                            if (b != delim && b != '\n' && b != '\r') return opened;
                        } else {
                            if (b == '"') quoteSeen = true;
                            else if (b == '\n') line++;
                            continue;
                        }
                    }
                    if (b == '\n') {
                        line++;
                        fieldStart = true;
                    } else if (b == delim) {
                        fieldStart = true;
                    } else if (b == '"' && fieldStart) {
                        quoted = true;
                        opened = line;
                        fieldStart = false;
                    } else if (b != '\r') {
                        fieldStart = false;
                    }
                }
            }
        }
        return quoted && !quoteSeen && left > 0 ? opened : -1;
    }
}
