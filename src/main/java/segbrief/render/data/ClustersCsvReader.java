package segbrief.render.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import segbrief.UserError;
import segbrief.brief.PreviousScores;

/** Reads an archived clusters.csv back: each customer's cluster id and RFM segment. */
public final class ClustersCsvReader {
    private ClustersCsvReader() {}

    public static PreviousScores read(String period, Path file) {
        Map<String, Integer> clusters = new HashMap<>();
        Map<String, String> rfm = new HashMap<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                String id = unsafe(r.get("customer_id"));
                String cluster = r.get("cluster_id");
                if (!cluster.isEmpty()) clusters.put(id, Integer.parseInt(cluster));
                String segment = unsafe(r.get("rfm_segment"));
                if (!segment.isEmpty()) rfm.put(id, segment);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UserError(UserError.Kind.DATA, file.toString(), "not a readable clusters.csv",
                    "remove the folder or run its period again");
        }
        return new PreviousScores(period, clusters, rfm);
    }

    /** Undoes the writer's guard against spreadsheet formulas (a leading quote before = + - @). */
    private static String unsafe(String cell) {
        if (cell.length() > 1 && cell.charAt(0) == '\'' && "=+-@\t\r".indexOf(cell.charAt(1)) >= 0) return cell.substring(1);
        return cell;
    }
}
