package segbrief.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import segbrief.UserError;
import segbrief.brief.DataQuality.Rejection;
import segbrief.engine.EngineException;
import segbrief.engine.EngineException.Failure;
import segbrief.engine.Rows;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * What the ingest checks once the sources are in {@link DuckDbSource#TABLE}: numbers that are not usable, text in
 * the date column that gives no date, join keys with no match, and the rows the CSV reader rejected. Each finding is
 * a data note with lines where a second read can tell them, or, with --strict or where the spec is wrong, a
 * {@link UserError}. One instance per load.
 */
final class IngestChecks {
    private static final String TABLE = DuckDbSource.TABLE;
    private static final String DATE = DuckDbSource.DATE;
    private static final int MAX_REJECTIONS_SHOWN = 20;

    private final DuckDbEngine engine;
    private final CsvReader reader;
    private final FileProbe probe;
    private final boolean strict;
    /** The date column's text values that give no date were counted and noted (see dates). */
    private boolean datesCounted;

    IngestChecks(DuckDbEngine engine, CsvReader reader, FileProbe probe, boolean strict) {
        this.engine = engine;
        this.reader = reader;
        this.probe = probe;
        this.strict = strict;
    }

    /**
     * Values that are not usable numbers in the numeric columns (see {@link DirtyNumbers}): a first read's cast
     * failures ask for a lenient second read; text read leniently and NaN, infinities or absurd magnitudes read as
     * numbers are found by line and counted as missing, with a note per column (with --strict the first stops the run).
     * Runs before the spec's own SQL locks the database away from files.
     */
    void numbers(List<SourceSpec> sources, Set<String> numeric, List<List<String>> cleaned, List<List<String>> commas,
                 List<String> notes) {
        if (!strict) {
            Set<String> failed = DirtyNumbers.castFailures(engine, sources.size());
            if (!failed.isEmpty()) throw new DirtyNumbers.Retry(failed);
        }
        Map<String, String> types = Ingest.tableColumns(engine);
        List<String> odd = new ArrayList<>();
        for (String c : numeric) {
            String t = types.get(c);
            if (t != null && (t.equals("DOUBLE") || t.equals("FLOAT")) && cleaned.stream().noneMatch(l -> l.contains(c))
                    && engine.scalar("unusable numbers in " + c, "SELECT count(*) FROM " + TABLE + " WHERE " + DirtyNumbers.unusable(c)) > 0) {
                odd.add(c);
            }
        }
        for (String c : odd) {
            engine.execute("unusable numbers in " + c + " to missing",
                    "UPDATE " + TABLE + " SET " + Sql.id(c) + " = NULL WHERE " + DirtyNumbers.unusable(c));
        }
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            List<String> probed = new ArrayList<>(cleaned.get(i));
            String name = src.file().getFileName().toString();
            for (String c : commas.get(i)) {
                // the probe's decimal type reads decimal points only: these columns are checked by their raw text
                probed.remove(c);
                commaNumbers(src, c, notes);
            }
            for (String c : odd) if (probe.describe(src.file()).containsKey(c) && !probed.contains(c)) probed.add(c);
            if (probed.isEmpty()) continue;
            if (!CsvReader.isCsv(src.file())) {
                notes.add(name + ": " + String.join(", ", probed) + " held NaN, infinite or absurdly large values, counted as missing");
                continue;
            }
            Map<String, String> asDecimal = new LinkedHashMap<>();
            for (String c : probed) asDecimal.put(c, "DECIMAL(18,3)");
            String rejects = "probe_" + i;
            for (DirtyNumbers.Found f : DirtyNumbers.probe(engine, reader.keepingRejects(src.file(), asDecimal, rejects), rejects, probed)) {
                if (strict) throw DirtyNumbers.strict(src.file().toString(), f);
                notes.add(DirtyNumbers.note(name, f));
            }
            engine.execute("drop " + rejects + "_scan", "DROP TABLE IF EXISTS " + rejects + "_scan");
        }
    }

    /** A column read with decimal commas: its values that give no number, by their raw text and line. */
    private void commaNumbers(SourceSpec src, String c, List<String> notes) {
        String raw = Sql.id(c);
        String badRows = " FROM " + reader.expression(src.file(), Map.of(c, "VARCHAR"), -1, false)
                + " WHERE " + raw + " IS NOT NULL AND " + DirtyNumbers.clean(c, true) + " IS NULL";
        long bad = engine.scalar("decimal-comma values that are no numbers in " + c, "SELECT count(*)" + badRows);
        Set<String> values = new LinkedHashSet<>();
        List<Long> lines = List.of();
        if (bad > 0) {
            try (Rows r = engine.query("decimal-comma values that are no numbers, listed", "SELECT DISTINCT " + raw + badRows + " ORDER BY 1 LIMIT 1000")) {
                while (r.next()) values.add(r.getString(1));
            }
            lines = DirtyNumbers.commaLines(engine, reader.expression(src.file(), Map.of(c, "DOUBLE"), -1, false), c, values);
        }
        if (strict && bad > 0) {
            String at = lines.isEmpty() ? "" : " line " + lines.getFirst();
            throw new UserError(UserError.Kind.DATA, src.file() + at + " column \"" + c + "\"", "\"" + values.iterator().next()
                    + "\" is not a usable number", "expected a number with a decimal comma like 1.234,56 (without --strict such "
                    + "values are counted as missing)");
        }
        String why = src.decimal() == BriefSpec.DecimalMark.COMMA ? " as the spec's decimal: comma says" : "";
        notes.add(src.file().getFileName() + " column \"" + c + "\": read with decimal commas (1.234,56)" + why
                + (bad == 0 ? "" : String.format(Locale.ROOT, "; %,d value(s) that are not usable numbers (%s) counted as missing%s", bad,
                String.join(", ", values.stream().limit(3).map(v -> "\"" + v + "\"").toList()),
                lines.isEmpty() ? "" : ", line" + (bad > 1 ? "s " : " ") + LineList.of(lines, bad))));
    }

    /**
     * Text in the date column that gives no date (2023-02-30, "soon"): its rows stay, without a date (outside every
     * period and trend), and a note says how many, which values and on which lines; with --strict the first stops
     * the run. Runs before the database is locked away from files: the lines come from a second read.
     */
    void dates(BriefSpec spec, List<String> notes) {
        String column = spec.date().name();
        String c = Sql.id(column);
        String noDate = " FROM " + TABLE + " WHERE " + c + " IS NOT NULL AND " + DATE + " IS NULL";
        long bad = engine.scalar("values that are no dates", "SELECT count(*)" + noDate);
        datesCounted = !strict;
        if (bad == 0 || strict) return;  // strict: date() stops at the first
        Set<String> values = new LinkedHashSet<>();
        try (Rows r = engine.query("values that are no dates, listed", "SELECT DISTINCT trim(" + c + ")" + noDate + " ORDER BY 1 LIMIT 1000")) {
            while (r.next()) values.add(r.getString(1));
        }
        SourceSpec src = spec.sources().stream().filter(s -> probe.describe(s.file()).containsKey(column)).findFirst().orElse(null);
        List<Long> lines = List.of();
        if (src != null && CsvReader.isCsv(src.file())) {
            lines = DateText.lines(engine, reader.keepingRejects(src.file(), Map.of(column, "DATE"), "probe_date"), "probe_date", column, values);
            engine.execute("drop probe_date_scan", "DROP TABLE IF EXISTS probe_date_scan");
        }
        String file = src == null ? "" : src.file().getFileName().toString() + " ";
        notes.add(String.format(Locale.ROOT, "%scolumn \"%s\": %,d value(s) that are not dates (%s) left without a date, outside every period and trend%s",
                file, column, bad, String.join(", ", values.stream().limit(3).map(v -> "\"" + v + "\"").toList()),
                lines.isEmpty() ? "" : ", line" + (bad > 1 ? "s " : " ") + LineList.of(lines, bad)));
    }

    /** Every value of the date column must give a date: years, dates, or text in a known date format. */
    void date(BriefSpec spec, String type) {
        String c = Sql.id(spec.date().name());
        String where = spec.origin() + " line " + spec.date().line();
        if (FileProbe.isNumericType(type)) {
            long outside = engine.scalar("date column: numbers that are no years", "SELECT count(*) FROM " + TABLE + " WHERE " + c
                    + " IS NOT NULL AND (" + c + " < 1900 OR " + c + " > 2200 OR " + c + " <> floor(" + c + "))");
            if (outside > 0) {
                throw new UserError(UserError.Kind.SPEC, where, "date column \"" + spec.date().name()
                        + "\" holds numbers that are not years", "name a column of dates (2023-11-30) or years (2023)");
            }
        } else if (!type.startsWith("DATE") && !type.startsWith("TIMESTAMP") && !datesCounted) {
            try (Rows r = engine.query("date column: first value that is no date", "SELECT " + c + " FROM " + TABLE + " WHERE " + c
                    + " IS NOT NULL AND " + DATE + " IS NULL LIMIT 1")) {
                if (r.next()) {
                    throw new UserError(UserError.Kind.DATA, "column \"" + spec.date().name() + "\"",
                            "\"" + r.getString(1) + "\" is not a date", "expected a date like 2023-11-30 (" + where + " names it the date)");
                }
            }
        }
    }
    /**
     * The rows the CSV reader rejected from source {@code i} (in {@code rej_i}, absent after a clean first read):
     * counted, the first few kept for the appendix; an encoding or cast failure stops the run with its line.
     */
    long rejections(int i, Path file, List<Rejection> out) {
        long n = 0;
        try (Rows r = engine.query("rejected rows of " + file.getFileName(),
                "SELECT line, column_name, error_type, error_message, csv_line FROM rej_" + i + " ORDER BY line")) {
            while (r.next()) {
                String type = r.getString(3);
                String column = r.getString(2);
                if (type != null && type.toUpperCase(Locale.ROOT).contains("ENCODING")) {
                    throw new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d", file, r.getLong(1)),
                            "not valid UTF-8 text", "save the file as UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)");
                }
                if ("CAST".equals(type)) {
                    String value = castValue(r.getString(4));
                    throw new UserError(UserError.Kind.DATA, String.format(Locale.ROOT, "%s line %,d column \"%s\"",
                            file, r.getLong(1), column), (value == null ? "the value" : "\"" + value + "\"")
                            + " is not a number", "expected a decimal like 12.50; fix the value or remove the column from measures and bins");
                }
                n++;
                if (out.size() < MAX_REJECTIONS_SHOWN) {
                    out.add(new Rejection(file.getFileName().toString(), r.getLong(1), column, type.toLowerCase(Locale.ROOT)
                            + ": " + r.getString(4)));
                }
            }
        } catch (EngineException e) {
            if (e.failure() == Failure.UNKNOWN_NAME) return 0;  // no rejects table: a clean first read
            throw e;
        }
        return n;
    }

    private static String castValue(String message) {
        if (message == null) return null;
        var m = java.util.regex.Pattern.compile("string \"(.*)\" to").matcher(message);
        return m.find() ? m.group(1) : null;
    }
}
