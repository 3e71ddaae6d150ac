package segbrief.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import segbrief.UserError;
import segbrief.brief.SourceInfo;
import segbrief.engine.EngineException;
import segbrief.engine.Rows;
import segbrief.source.DataChecks;
import segbrief.source.Ingested;
import segbrief.source.Joins;
import segbrief.source.Sql;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.DeriveSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * One ingest on Spark, step for step as DuckDB's (see DuckDbSource): each source read and typed into the view
 * {@code src_i}, the sources joined left to right on their keys, the date read into {@code __date}, the spec's derived
 * columns and filter applied (guarded by {@link SpecGuard}), integer customer ids held as BIGINT, and the result cached
 * as {@code facts_all}.
 */
final class SparkIngest {
    private final SparkSource source;
    private final BriefSpec spec;
    private final Set<String> numeric;
    private final Set<String> text;
    private final Set<String> used;
    private final SparkEngine engine;
    private final List<String> notes = new ArrayList<>();

    SparkIngest(SparkSource source, BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used) {
        this.source = source;
        this.spec = spec;
        this.numeric = numeric;
        this.text = text;
        this.used = used;
        this.engine = source.sparkEngine();
    }

    Ingested run() {
        List<SourceSpec> sources = spec.sources();
        List<Map<String, String>> files = new ArrayList<>();
        List<Map<String, String>> headers = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (SourceSpec src : sources) {
            Map<String, String> all = source.describe(src.file());
            files.add(all);
            Map<String, String> kept = new LinkedHashMap<>();
            all.forEach((c, t) -> {
                if (used == null || used.contains(c) || Joins.isJoinKey(sources, c)
                        || sources.size() == 1 && SparkSource.isOrderColumn(c)) kept.put(c, t);
                else if (!unread.contains(c)) unread.add(c);
            });
            headers.add(kept);
        }
        boolean ownSql = !spec.derive().isEmpty() || spec.filter() != null;
        boolean keepTypes = sources.size() == 1 && !ownSql;
        Map<String, String> finalTypes = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        List<SourceInfo> infos = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            Dataset<Row> raw = source.readSource(src.file(), List.copyOf(files.get(i).keySet()));
            raw.createOrReplaceTempView("raw_" + i);
            Map<String, String> rawTypes = new LinkedHashMap<>();
            for (StructField f : raw.schema().fields()) rawTypes.put(f.name(), SparkTypes.duckdb(f.dataType()));
            List<String> select = new ArrayList<>();
            List<String> checked = new ArrayList<>();
            for (var e : headers.get(i).entrySet()) {
                String c = e.getKey();
                if (i > 0 && seen.contains(c) && !c.equals(src.joinRight() == null ? null : src.joinRight().name())) continue;
                String type = e.getValue();
                String target = type;
                if (numeric.contains(c) && !SparkSource.isNumericType(type)) target = "DOUBLE";
                if ((text.contains(c) || Joins.isJoinKey(sources, c)) && !type.equals("VARCHAR")) target = "VARCHAR";
                boolean rawText = "VARCHAR".equals(rawTypes.get(c));
                if (!rawText && keepTypes) target = rawTypes.getOrDefault(c, type);  // Parquet alone keeps its types, as in DuckDB
                finalTypes.putIfAbsent(c, target);
                select.add(typed(c, rawText, target) + " AS " + Sql.id(c));
                if (rawText && !target.equals("VARCHAR")) checked.add(c);
            }
            seen.addAll(headers.get(i).keySet());
            // beside each typed column read from text, whether its text gave no value (counted by unusable)
            for (int k = 0; k < checked.size(); k++) {
                String c = checked.get(k);
                select.add("(" + typed(c, true, "VARCHAR") + " IS NOT NULL AND " + typed(c, true, finalTypes.get(c))
                        + " IS NULL) AS __unusable_" + k);
            }
            engine.execute("source " + src.name(), "CREATE OR REPLACE TEMP VIEW src_" + i + " AS SELECT "
                    + String.join(", ", select) + " FROM raw_" + i);
            // parsed once: the checks, the join and the final table read the typed rows from the session's cache
            engine.execute("source " + src.name(), "CACHE TABLE src_" + i);
            unusable(src, i, checked, finalTypes);
            infos.add(null);
        }
        source.mark("read");
        String from = Joins.from(engine, spec, headers, notes);
        String dateType = spec.date() == null ? null : finalTypes.get(spec.date().name());
        List<String> taken = new ArrayList<>();
        StringBuilder inner = new StringBuilder();
        for (int i = 0; i < headers.size(); i++) {
            for (String c : headers.get(i).keySet()) {
                if (taken.contains(c)) continue;
                taken.add(c);
                if (!inner.isEmpty()) inner.append(", ");
                inner.append("src_").append(i).append('.').append(Sql.id(c));
            }
        }
        String outer = "*" + (dateType == null ? "" : ", " + dateExpr(dateType) + " AS " + SparkSource.DATE);
        engine.execute("facts", "CREATE OR REPLACE TEMP VIEW facts_joined AS SELECT " + outer + " FROM (SELECT " + inner
                + " FROM " + from + ") AS joined");
        if ("VARCHAR".equals(dateType)) checkDates();
        if (sources.size() == 1 && taken.stream().anyMatch(SparkSource::isOrderColumn)) {
            notes.add("Orders in line-item exports are not filled on the Spark engine (run on DuckDB, the default, for that)");
        }
        String view = "facts_joined";
        long loaded = engine.scalar("rows loaded", "SELECT count(*) FROM facts_joined");
        if (ownSql) view = SpecGuard.apply(source.session(), engine, "facts_joined", spec, loaded, notes);
        String id = spec.customerId() == null ? null : spec.customerId().name();
        boolean integerIds = id != null && taken.contains(id) && "VARCHAR".equals(finalTypes.get(id)) && integerIds(view, id);
        source.mark("tidy");
        if (!unread.isEmpty()) notes.add("Not read (the brief does not use them): " + String.join(", ", unread));
        for (int i = 0; i < sources.size(); i++) {
            long rows = sources.size() == 1 ? loaded : engine.scalar("source rows", "SELECT count(*) FROM src_" + i);
            infos.set(i, SparkSource.info(sources.get(i), rows, files.get(i).size()));
        }
        if (sources.size() > 1) Joins.unmatched(engine, spec, view, notes);
        for (SourceSpec src : sources) notes.addAll(source.readNotes(src.file()));
        Dataset<Row> all = source.session().table(view);
        List<String> cols = new ArrayList<>();
        for (String c : all.columns()) {
            cols.add(integerIds && c.equals(id) ? "CAST(" + Sql.id(c) + " AS BIGINT) AS " + Sql.id(c) : Sql.id(c));
        }
        String dateColumn = null;
        boolean yearsOnly = false;
        if (spec.date() != null && dateType == null) {  // a derived date: its type is known only now
            String type = SparkTypes.duckdb(all.schema().apply(spec.date().name()).dataType());
            cols.add(dateExpr(type) + " AS " + SparkSource.DATE);
            dateType = type;
        }
        source.keep(source.session().sql("SELECT " + String.join(", ", cols) + " FROM " + view));
        for (int i = 0; i < sources.size(); i++) engine.execute("sources read", "UNCACHE TABLE IF EXISTS src_" + i);
        Map<String, String> columns = new LinkedHashMap<>();
        for (StructField f : source.session().table(SparkSource.TABLE).schema().fields()) {
            columns.put(f.name(), SparkTypes.duckdb(f.dataType()));
        }
        if (spec.date() != null) {
            checkDate(dateType);
            yearsOnly = SparkSource.isNumericType(dateType);
            dateColumn = SparkSource.DATE;
            columns.remove(SparkSource.DATE);
        }
        DataChecks.run(engine, SparkSource.TABLE, columns, loaded, spec.measures().isEmpty() ? null : spec.primary().column().name(), notes);
        source.mark("checks");
        return new Ingested(SparkSource.TABLE, "*", columns, dateColumn, yearsOnly, infos, loaded, 0, List.of(), notes, null);
    }

    /** A column read as text, typed as DuckDB's ingest types it; missing-value tokens are missing whatever the type. */
    private static String typed(String column, boolean rawText, String target) {
        String c = Sql.id(column);
        if (!rawText) {
            if (target.equals("VARCHAR")) return "NULLIF(trim(CAST(" + c + " AS STRING)), '')";
            return SparkSource.isNumericType(target) ? "TRY_CAST(" + c + " AS " + SparkTypes.spark(target) + ")" : c;
        }
        String v = "CASE WHEN " + c + " IN (" + SparkSource.missingTokens().stream().map(Sql::str).collect(Collectors.joining(", "))
                + ") THEN NULL ELSE trim(" + c + ") END";
        if (target.equals("VARCHAR")) return "NULLIF(" + v + ", '')";
        String cast = "TRY_CAST(" + v + " AS " + SparkTypes.spark(target) + ")";
        if (target.equals("DOUBLE") || target.equals("FLOAT")) {
            // NaN, infinities and absurd magnitudes are no amounts: missing, as DuckDB's ingest counts them
            return "CASE WHEN isnan(" + cast + ") OR abs(" + cast + ") >= " + SparkSource.limit() + " THEN NULL ELSE " + cast + " END";
        }
        return cast;
    }

    /**
     * Text in a number (or date) column that gives none: missing, counted in a note (DuckDB's ingest repairs decimal
     * commas and names the lines; this engine does neither, and says so). With --strict the first stops the run.
     */
    private void unusable(SourceSpec src, int i, List<String> checked, Map<String, String> types) {
        if (checked.isEmpty()) return;
        StringBuilder counts = new StringBuilder("SELECT 0");
        for (int k = 0; k < checked.size(); k++) counts.append(", count(CASE WHEN __unusable_").append(k).append(" THEN 1 END)");
        try (Rows r = engine.query("unusable values", counts + " FROM src_" + i)) {
            r.next();
            for (int k = 0; k < checked.size(); k++) {
                long bad = r.getLong(k + 2);
                if (bad == 0) continue;
                String c = checked.get(k);
                String file = src.file().getFileName() == null ? src.name() : src.file().getFileName().toString();
                if (source.isStrict()) {
                    throw new UserError(UserError.Kind.DATA, file + " column \"" + c + "\"", String.format(Locale.ROOT,
                            "%,d value(s) are not usable %s", bad, types.get(c).equals("DATE") ? "dates" : "numbers"),
                            "the DuckDB engine (the default) names their lines; without --strict they count as missing");
                }
                notes.add(String.format(Locale.ROOT, "%s column \"%s\": %,d value(s) that are not usable %s counted as missing "
                        + "(the Spark engine neither reads decimal commas nor names the lines: the DuckDB engine does)", file, c, bad,
                        types.get(c).equals("DATE") ? "dates" : "numbers"));
            }
        }
    }

    /** The SQL giving a DATE from the date column: dates and timestamps cast, years to 1 January, text parsed. */
    private String dateExpr(String type) {
        String c = Sql.id(spec.date().name());
        if (type.startsWith("DATE") || type.startsWith("TIMESTAMP")) return "CAST(" + c + " AS DATE)";
        if (SparkSource.isNumericType(type)) {
            return "CASE WHEN " + c + " BETWEEN 1900 AND 2200 AND " + c + " = floor(" + c + ") THEN make_date(CAST(" + c
                    + " AS INT), 1, 1) END";
        }
        boolean us = "en-US".equals(spec.locale());
        List<String> formats = List.of("yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd", us ? "MM/dd/yyyy" : "dd/MM/yyyy",
                "dd.MM.yyyy", "yyyyMMdd");
        String t = "trim(" + c + ")";
        return "COALESCE(" + formats.stream().map(f -> "CAST(try_to_timestamp(" + t + ", '" + f + "') AS DATE)")
                .collect(Collectors.joining(", ")) + ")";
    }

    private void checkDates() {
        String c = Sql.id(spec.date().name());
        long bad = engine.scalar("dates", "SELECT count(*) FROM facts_joined WHERE " + c + " IS NOT NULL AND " + SparkSource.DATE + " IS NULL");
        if (bad == 0) return;
        List<String> values = new ArrayList<>();
        try (Rows r = engine.query("dates", "SELECT DISTINCT trim(" + c + ") FROM facts_joined WHERE " + c + " IS NOT NULL AND "
                + SparkSource.DATE + " IS NULL ORDER BY 1 LIMIT 3")) {
            while (r.next()) values.add("\"" + r.getString(1) + "\"");
        }
        if (source.isStrict()) {
            throw new UserError(UserError.Kind.DATA, "column \"" + spec.date().name() + "\"", values.getFirst() + " is not a date",
                    "expected a date like 2023-11-30 (" + spec.origin() + " line " + spec.date().line() + " names it the date)");
        }
        notes.add(String.format(Locale.ROOT, "column \"%s\": %,d value(s) that are not dates (%s) left without a date, outside every "
                + "period and trend", spec.date().name(), bad, String.join(", ", values)));
    }

    private void checkDate(String type) {
        if (!SparkSource.isNumericType(type)) return;
        String c = Sql.id(spec.date().name());
        long outside = engine.scalar("years", "SELECT count(*) FROM " + SparkSource.TABLE + " WHERE " + c + " IS NOT NULL AND ("
                + c + " < 1900 OR " + c + " > 2200 OR " + c + " <> floor(" + c + "))");
        if (outside > 0) {
            throw new UserError(UserError.Kind.SPEC, spec.origin() + " line " + spec.date().line(), "date column \"" + spec.date().name()
                    + "\" holds numbers that are not years", "name a column of dates (2023-11-30) or years (2023)");
        }
    }

    /** Every id a plain integer that reads back the same (no leading zeros, sign or spaces): held as BIGINT, as DuckDB does. */
    private boolean integerIds(String view, String column) {
        String c = Sql.id(column);
        try {
            return engine.scalar("integer ids", "SELECT count(*) FROM " + view + " WHERE " + c + " IS NOT NULL AND (TRY_CAST(" + c
                    + " AS BIGINT) IS NULL OR NOT " + c + " RLIKE '^(-?[1-9][0-9]*|0)$')") == 0;
        } catch (EngineException e) {
            return false;
        }
    }

    static String derived(List<DeriveSpec> derive) {
        StringBuilder s = new StringBuilder("*");
        for (DeriveSpec d : derive) s.append(", (").append(d.expr()).append(") AS ").append(Sql.id(d.column()));
        return s.toString();
    }
}
