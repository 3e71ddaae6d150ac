package segbrief.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The table expression that reads one source file: {@code read_parquet(...)}, or {@code read_csv(...)} over the
 * file (or its UTF-8 copy, see {@link TextEncoding}) with its header names repaired ({@link HeaderNames}), the
 * missing-value tokens, and the column types and rejects table a read asks for.
 */
final class CsvReader {
    /**
     * What exports write for "no value": read as missing in every column, so that one "N/A" leaves a money column a
     * measure. "NaN" is not among them: in a number column it is a computation gone wrong, flagged by line instead.
     */
    private static final String MISSING_TOKENS = "['', 'NA', 'N/A', 'n/a', 'na', 'null', 'NULL', 'Null', '-', '#N/A', '#NA']";

    private final Path spill;
    /** Each CSV as DuckDB reads it: itself, or a UTF-8 copy in the spill folder (see TextEncoding). */
    private final Map<Path, TextEncoding.Prepared> prepared = new java.util.HashMap<>();
    private final Map<Path, HeaderNames.Fixed> headerNames = new java.util.HashMap<>();

    CsvReader(Path spill) {
        this.spill = spill;
    }

    static boolean isCsv(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !n.endsWith(".parquet") && !n.endsWith(".pq");
    }

    /**
     * The reader of {@code file}.
     *
     * @param types        column types overriding the sniffed ones
     * @param rejectsIndex {@code i} to keep rejected rows in {@code rej_i} (and {@code rejscan_i}), -1 for none
     * @param lenient      skip rows the reader cannot take instead of failing
     */
    String expression(Path file, Map<String, String> types, int rejectsIndex, boolean lenient) {
        if (!isCsv(file)) return "read_parquet(" + Sql.str(file.toString()) + ")";
        String path = Sql.str(prepared(file).path().toString());
        StringBuilder r = new StringBuilder("read_csv(").append(path).append(", header = true, sample_size = 20480");
        List<String> names = headerNames(file).names();
        if (names != null) {
            r.append(", names = [");
            for (int k = 0; k < names.size(); k++) r.append(k > 0 ? ", " : "").append(Sql.str(names.get(k)));
            r.append(']');
        }
        r.append(", nullstr = ").append(MISSING_TOKENS);
        if (lenient) r.append(", ignore_errors = true");
        if (rejectsIndex >= 0) {
            r.append(", store_rejects = true, rejects_table = 'rej_").append(rejectsIndex)
                    .append("', rejects_scan = 'rejscan_").append(rejectsIndex).append('\'');
        }
        if (!types.isEmpty()) {
            r.append(", types = {");
            int k = 0;
            for (var e : types.entrySet()) {
                if (k++ > 0) r.append(", ");
                r.append(Sql.str(e.getKey())).append(": ").append(Sql.str(e.getValue()));
            }
            r.append('}');
        }
        return r.append(')').toString();
    }

    /** A CSV reader that keeps its rejected rows in {@code table} (and {@code table_scan}), for a probe by line. */
    String keepingRejects(Path file, Map<String, String> types, String table) {
        return expression(file, types, -1, false).replaceFirst("\\)$",
                ", store_rejects = true, rejects_table = '" + table + "', rejects_scan = '" + table + "_scan')");
    }

    /** The first {@code rows} rows of {@code file}, read leniently with {@code column} as text. */
    String sample(Path file, String column, long rows) {
        return "(SELECT * FROM " + expression(file, Map.of(column, "VARCHAR"), -1, true) + " LIMIT " + rows + ")";
    }

    HeaderNames.Fixed headerNames(Path file) {
        return headerNames.computeIfAbsent(file.toAbsolutePath(),
                f -> HeaderNames.fix(prepared(f).path(), f.getFileName().toString()));
    }

    TextEncoding.Prepared prepared(Path file) {
        return prepared.computeIfAbsent(file.toAbsolutePath(), f -> TextEncoding.prepare(f, spill.resolve("text")));
    }

    /** What reading {@code file} repaired (its encoding, its header names), as the data notes say it. */
    List<String> notes(Path file) {
        List<String> out = new ArrayList<>(prepared(file).notes());
        out.addAll(headerNames(file).notes());
        return out;
    }
}
