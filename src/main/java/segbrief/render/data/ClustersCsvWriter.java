package segbrief.render.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.util.ArrayList;
import java.util.List;
import segbrief.brief.CustomerScores;
import segbrief.brief.PreviousScores;

/**
 * Writes clusters.csv: customer id, cluster id, cluster name, R, F, M scores and RFM segment, one row per customer
 * in the scores' order. UTF-8, CRLF line ends (RFC 4180), no clock or locale input: the same scores give the same
 * bytes. Text cells that a spreadsheet would run as a formula get a leading single quote.
 */
public final class ClustersCsvWriter {
    public static final String[] HEADER = {"customer_id", "cluster_id", "cluster", "recency_score",
            "frequency_score", "monetary_score", "rfm_segment"};

    public static final String[] WITH_PREVIOUS = {"customer_id", "cluster_id", "cluster", "recency_score",
            "frequency_score", "monetary_score", "rfm_segment", "previous_cluster_id", "previous_rfm_segment"};

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator("\r\n")
            .get();

    public void write(CustomerScores scores, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(scores, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public void write(CustomerScores scores, Appendable out) throws IOException {
        write(scores, null, out);
    }

    /**
     * With the period before known, two more columns: each customer's cluster id and RFM segment then (empty for a
     * customer who was not there).
     */
    public void write(CustomerScores scores, PreviousScores previous, Appendable out) throws IOException {
        CSVFormat format = previous == null ? FORMAT : FORMAT.builder().setHeader(WITH_PREVIOUS).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (int i = 0; i < scores.size(); i++) {
                int cluster = scores.clusterId(i);
                String id = scores.ids().get(i);
                List<String> row = new ArrayList<>(List.of(safe(id), cluster == 0 ? "" : Integer.toString(cluster),
                        safe(scores.clusterNames().get(i)), score(scores.recency(i)), score(scores.frequency(i)),
                        score(scores.monetary(i)), safe(scores.rfmSegments().get(i))));
                if (previous != null) {
                    Integer was = previous.clusters().get(id);
                    row.add(was == null ? "" : was.toString());
                    row.add(safe(previous.rfmSegments().getOrDefault(id, "")));
                }
                printer.printRecord(row);
            }
        }
    }

    private static String score(int s) {
        return s == 0 ? "" : Integer.toString(s);
    }

    /** Neutralises spreadsheet formulas (CSV injection): = + - @ (and tab, carriage return) get a leading quote. */
    static String safe(String cell) {
        if (cell == null || cell.isEmpty()) return "";
        char c = cell.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + cell : cell;
    }
}
