package segbrief.render.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import segbrief.brief.Brief;
import segbrief.brief.Continuity;

/** tables/movement_rfm.csv and tables/movement_clusters.csv: from, to, customers, largest first. */
public final class MovementCsvWriter {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader("from", "to", "customers")
            .setRecordSeparator("\r\n").get();

    private MovementCsvWriter() {}

    public static Map<String, byte[]> write(Brief brief) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Continuity.Movement m : brief.continuity().movements()) {
            StringBuilder s = new StringBuilder();
            try (CSVPrinter p = new CSVPrinter(s, FORMAT)) {
                for (Continuity.Flow f : m.flows()) {
                    p.printRecord(ClustersCsvWriter.safe(f.from()), ClustersCsvWriter.safe(f.to()), f.customers());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            out.put("movement_" + m.kind() + ".csv", s.toString().getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }
}
