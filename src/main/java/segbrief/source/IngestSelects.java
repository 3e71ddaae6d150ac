package segbrief.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import segbrief.spec.BriefSpec;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * What each source contributes to the table and how it is read: the columns kept (those the brief uses, and join
 * keys), the types forced on the reader, and the select list (numbers written as text cleaned, see
 * {@link DirtyNumbers}; text trimmed where the values must be trimmed before loading).
 *
 * @param files      each source's columns as described
 * @param headers    each source's columns that are read
 * @param unread     columns the brief does not use, left unread
 * @param selects    each source's select list
 * @param overrides  each source's column types forced on its reader
 * @param finalTypes each column's type once loaded
 * @param cleaned    each source's numeric columns read as text and cleaned
 * @param commas     each source's numeric columns read with decimal commas
 * @param trimLater  one source without SQL of the spec's own: text is trimmed after loading (see TextTrim)
 */
record IngestSelects(List<Map<String, String>> files, List<Map<String, String>> headers, List<String> unread,
                     List<String> selects, List<Map<String, String>> overrides, Map<String, String> finalTypes,
                     List<List<String>> cleaned, List<List<String>> commas, boolean trimLater) {

    static IngestSelects plan(BriefSpec spec, Set<String> numeric, Set<String> text, Set<String> used, Set<String> lenient,
                              boolean strict, FileProbe probe) {
        List<SourceSpec> sources = spec.sources();
        List<Map<String, String>> files = new ArrayList<>();
        List<Map<String, String>> headers = new ArrayList<>();
        List<String> unread = new ArrayList<>();
        for (SourceSpec src : sources) {
            Map<String, String> all = probe.describe(src.file());
            files.add(all);
            Map<String, String> kept = new LinkedHashMap<>();
            all.forEach((c, t) -> {
                if (used == null || used.contains(c) || Joins.isJoinKey(sources, c)
                        || sources.size() == 1 && LineItems.isOrderColumn(c)) {
                    kept.put(c, t);
                } else if (!unread.contains(c)) {
                    unread.add(c);
                }
            });
            headers.add(kept);
        }
        boolean ownSql = !spec.derive().isEmpty() || spec.filter() != null;
        boolean trimLater = sources.size() == 1 && !ownSql;
        Map<String, String> finalTypes = new LinkedHashMap<>();
        List<String> selects = new ArrayList<>();
        List<Map<String, String>> overrides = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<List<String>> cleaned = new ArrayList<>();
        List<List<String>> commas = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            SourceSpec src = sources.get(i);
            Map<String, String> types = new LinkedHashMap<>();
            List<String> select = new ArrayList<>();
            List<String> clean = new ArrayList<>();
            List<String> comma = new ArrayList<>();
            for (var e : headers.get(i).entrySet()) {
                String c = e.getKey();
                if (i > 0 && seen.contains(c) && !c.equals(src.joinRight() == null ? null : src.joinRight().name())) {
                    continue; // the earlier source's column wins; a join never duplicates names
                }
                String type = e.getValue();
                // a spec's decimal: comma reads every number column as text, or 1.234 would be read as 1.234, not 1234
                boolean forcedComma = src.decimal() == BriefSpec.DecimalMark.COMMA;
                boolean cleanIt = numeric.contains(c) && CsvReader.isCsv(src.file())
                        && (forcedComma || !strict && (lenient.contains(c) || !FileProbe.isNumericType(type)));
                if (cleanIt) {
                    // read as text and turned into a number or missing (see DirtyNumbers); the probe finds the lines
                    types.put(c, "VARCHAR");
                    finalTypes.putIfAbsent(c, "DOUBLE");
                    clean.add(c);
                    boolean decimalComma = src.decimal() == null ? probe.decimalComma(src.file(), c) : forcedComma;
                    if (decimalComma) comma.add(c);
                    select.add(DirtyNumbers.clean(c, decimalComma) + " AS " + Sql.id(c));
                    continue;
                }
                if (numeric.contains(c) && !FileProbe.isNumericType(type)) types.put(c, "DOUBLE");
                boolean asText = text.contains(c) || Joins.isJoinKey(sources, c);
                if (asText && !type.equals("VARCHAR")) types.put(c, "VARCHAR");
                String finalType = types.getOrDefault(c, type);
                finalTypes.putIfAbsent(c, finalType);
                // One source: text is trimmed after loading, only where a value needs it (trimming every value of
                // every text column costs 1.5 s on 10M rows); joins and derived columns need it trimmed first.
                select.add(finalType.equals("VARCHAR") && !trimLater ? "NULLIF(trim(" + Sql.id(c) + "), '') AS " + Sql.id(c) : Sql.id(c));
            }
            seen.addAll(headers.get(i).keySet());
            selects.add(String.join(", ", select));
            overrides.add(types);
            cleaned.add(clean);
            commas.add(comma);
        }
        return new IngestSelects(files, headers, unread, selects, overrides, finalTypes, cleaned, commas, trimLater);
    }
}
