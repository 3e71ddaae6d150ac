package segbrief.render.data;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import segbrief.brief.Brief;
import segbrief.brief.CrossTab;
import segbrief.brief.Kpi;
import segbrief.brief.Measure;
import segbrief.brief.SegmentTable;
import segbrief.brief.Trend;

/**
 * tables/*.csv: every table of the brief with unrounded numbers. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or CR) get a leading apostrophe.
 */
public final class CsvTablesWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private CsvTablesWriter() {}

    /** File name (under tables/) → bytes, in a stable order. */
    public static Map<String, byte[]> write(Brief b) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<List<Object>> kpis = new ArrayList<>();
        for (Kpi k : b.kpis()) kpis.add(List.of(k.key(), k.label(), k.value(), k.kind().name().toLowerCase(Locale.ROOT), k.change()));
        out.put("kpis.csv", csv(List.of("key", "label", "value", "kind", "change"), kpis));
        for (SegmentTable t : b.segments()) {
            List<String> header = new ArrayList<>(List.of("segment", "count", "customers"));
            for (Measure m : b.measures()) {
                for (String s : List.of("sum", "mean", "median", "share")) header.add(m.column() + "_" + s);
            }
            List<List<Object>> rows = new ArrayList<>();
            for (SegmentTable.Row r : t.rows()) {
                List<Object> row = new ArrayList<>(List.of(r.segment(), r.count(), r.customers()));
                for (Measure m : b.measures()) {
                    SegmentTable.Stats s = r.measures().get(m.column());
                    row.addAll(List.of(s.sum(), s.mean(), s.median(), s.share()));
                }
                rows.add(row);
            }
            out.put("segments_" + slug(t.column()) + ".csv", csv(header, rows));
        }
        for (CrossTab x : b.crossTabs()) {
            List<String> header = new ArrayList<>();
            header.add(x.rowColumn() + " \\ " + x.columnColumn());
            header.addAll(x.columns());
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r < x.rows().size(); r++) {
                List<Object> row = new ArrayList<>();
                row.add(x.rows().get(r));
                row.addAll(x.sums().get(r));
                rows.add(row);
            }
            out.put("crosstab_" + slug(x.rowColumn()) + "_by_" + slug(x.columnColumn()) + ".csv", csv(header, rows));
        }
        for (Trend t : b.trends()) {
            List<List<Object>> rows = new ArrayList<>();
            for (Trend.Point p : t.points()) rows.add(List.of(p.period(), p.count(), p.customers(), p.sum()));
            out.put("trend_" + t.grain() + ".csv", csv(List.of(t.grain(), "count", "customers", t.measure() + "_sum"), rows));
        }
        b.clustering().ifPresent(c -> {
            List<String> header = new ArrayList<>(List.of("cluster", "name", "size", "share", "measure_share"));
            c.features().forEach(fe -> header.add(fe));
            List<List<Object>> rows = new ArrayList<>();
            for (var cl : c.clusters()) {
                List<Object> row = new ArrayList<>(List.of(cl.id(), cl.name(), cl.size(), cl.share(), cl.measureShare()));
                c.features().forEach(fe -> row.add(cl.centroid().get(fe)));
                rows.add(row);
            }
            out.put("cluster_profiles.csv", csv(header, rows));
        });
        b.rfm().ifPresent(r -> {
            List<List<Object>> rows = new ArrayList<>();
            for (var s : r.segments()) rows.add(List.of(s.name(), s.customers(), s.share(), s.revenue(), s.revenueShare()));
            out.put("rfm_segments.csv", csv(List.of("segment", "customers", "share", "revenue", "revenue_share"), rows));
        });
        return out;
    }

    static byte[] csv(List<String> header, List<List<Object>> rows) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, FORMAT)) {
            p.printRecord(header.stream().map(CsvTablesWriter::cell).toList());
            for (List<Object> r : rows) p.printRecord(r.stream().map(CsvTablesWriter::cell).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Numbers as plain unrounded text (NaN as empty); text neutralised against formula injection. */
    static String cell(Object v) {
        if (v == null) return "";
        if (v instanceof Double d) return d.isNaN() || d.isInfinite() ? "" : (d == Math.rint(d) && Math.abs(d) < 1e15 ? String.valueOf(d.longValue()) : String.valueOf(d));
        if (v instanceof Number n) return n.toString();
        return neutralise(v.toString());
    }

    public static String neutralise(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) return "'" + s;
        return s;
    }

    static String slug(String s) {
        String out = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("(^_|_$)", "");
        return out.isEmpty() ? "column" : out;
    }
}
