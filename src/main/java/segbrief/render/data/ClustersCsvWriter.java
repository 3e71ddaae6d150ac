package segbrief.render.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import segbrief.brief.CustomerScores;

/**
 * Writes clusters.csv: customer id, cluster id, cluster name, R, F, M scores and RFM segment, one row per customer
 * in the scores' order. UTF-8, CRLF line ends (RFC 4180), no clock or locale input: the same scores give the same
 * bytes. Text cells that a spreadsheet would run as a formula get a leading single quote.
 */
public final class ClustersCsvWriter {
    public static final String[] HEADER = {"customer_id", "cluster_id", "cluster", "recency_score",
            "frequency_score", "monetary_score", "rfm_segment"};

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
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (int i = 0; i < scores.size(); i++) {
                int cluster = scores.clusterId(i);
                printer.printRecord(safe(scores.ids().get(i)), cluster == 0 ? "" : Integer.toString(cluster),
                        safe(scores.clusterNames().get(i)), score(scores.recency(i)), score(scores.frequency(i)),
                        score(scores.monetary(i)), safe(scores.rfmSegments().get(i)));
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
