package segbrief.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import segbrief.UserError;

/**
 * What a data file is before DuckDB reads it: the checks that give a plain one-line answer for the files a user
 * picks by mistake (a folder, an empty file, a spreadsheet, a binary), which DuckDB would answer with a message
 * about its own internals.
 */
public final class InputFile {
    /** Bytes looked at to judge the content: enough for a header and many rows. */
    private static final int HEAD = 64 << 10;
    /** Bytes checked for a quote that never closes (the whole of most files; 2 s a GB is too much for all of a big one). */
    private static final long QUOTE_SCAN_BYTES = 64L << 20;

    private InputFile() {}

    /**
     * Checks that {@code file} is a readable, non-empty data file with data rows.
     *
     * @param where what the error names first: the spec line that names the file, or null for the file itself
     */
    public static void check(Path file, String where) {
        String at = where == null ? file.toString() : where;
        String name = where == null ? "" : "\"" + file + "\" ";
        if (Files.isDirectory(file)) {
            throw new UserError(UserError.Kind.DATA, at, name + "is a folder, not a file", "give the path of a CSV or Parquet file");
        }
        if (!Files.exists(file)) {
            throw new UserError(UserError.Kind.DATA, at, (where == null ? "" : "source file " + name) + "not found",
                    where == null ? "check the path" : "paths in a spec are relative to the spec's folder");
        }
        if (!Files.isReadable(file)) throw new UserError(UserError.Kind.DATA, at, name + "is not readable", "check its permissions");
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, at, name + "cannot be read", "check that it is a file you can open");
        }
        if (size == 0) throw new UserError(UserError.Kind.DATA, at, name + "is empty", "expected a CSV file with a header row and data rows");
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz") || n.endsWith(".zst")) return;  // compressed text: DuckDB unpacks it and says what it finds
        if (!DuckDbSource.isCsv(file)) {
            if (!startsWith(head, "PAR1")) throw new UserError(UserError.Kind.DATA, at, name + "is not a Parquet file", "expected a Parquet file or a CSV file");
            return;
        }
        String kind = binaryKind(head);
        if (kind != null) {
            throw new UserError(UserError.Kind.DATA, at, name + "is not a text CSV (it looks like " + kind + ")",
                    "export the data as CSV (comma, semicolon, tab or pipe separated, with a header row)");
        }
        if (!hasDataRow(head, size)) {
            throw new UserError(UserError.Kind.DATA, at, name + "has a header but no data rows", "expected at least one row under the header");
        }
        if (Unchanged.quotesClosed(file)) return;
        long unclosed;
        try {
            int eol = 0;
            while (eol < head.length && head[eol] != '\n') eol++;
            char delimiter = HeaderNames.delimiter(new String(head, 0, eol, java.nio.charset.StandardCharsets.ISO_8859_1));
            // the part the dialect sniffer reads and well beyond: a stray quote there makes it give up quoting
            unclosed = QuoteScan.unclosedQuoteLine(file, delimiter, QUOTE_SCAN_BYTES);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, at, name + "cannot be read", "check that it is a file you can open");
        }
        Unchanged.quotesClosed(file, unclosed <= 0);
        if (unclosed > 0) {
            throw new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d", where == null ? file : where + " " + file, unclosed),
                    "a quoted value opens here and is never closed where its field ends (the rows after it would be misread)",
                    "close the quote, or double a quote that belongs to the value (\"\")");
        }
    }

    /** What a binary file looks like ("a ZIP archive or Excel workbook"), or null for text. */
    static String binaryKind(byte[] head) {
        if (startsWith(head, "PK\u0003\u0004")) return "a ZIP archive or an Excel .xlsx workbook";
        if (startsWith(head, "\u00d0\u00cf\u0011\u00e0")) return "an old Excel .xls workbook";
        if (startsWith(head, "%PDF")) return "a PDF document";
        if (startsWith(head, "PAR1")) return "a Parquet file: name it .parquet";
        if (startsWith(head, "\u007fELF")) return "a program";
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') control++;
        }
        // a few stray NUL or control bytes are dirt in a text file (stripped and counted later); many are a binary
        return head.length > 0 && control > Math.max(8, head.length / 20) ? "binary data" : null;
    }

    /** Whether anything other than blank lines follows the first line. */
    private static boolean hasDataRow(byte[] head, long size) {
        int i = 0;
        while (i < head.length && head[i] != '\n') i++;
        if (i >= head.length) return size > head.length;  // one long line: rows, if any, lie beyond what was read
        for (int k = i + 1; k < head.length; k++) {
            int c = head[k] & 0xFF;
            if (c != '\n' && c != '\r' && c != ' ' && c != '\t' && c != 0) return true;
        }
        return size > head.length;
    }

    private static boolean startsWith(byte[] head, String magic) {
        if (head.length < magic.length()) return false;
        for (int i = 0; i < magic.length(); i++) if ((head[i] & 0xFF) != magic.charAt(i)) return false;
        return true;
    }
}
