package segbrief.pipeline;

import java.nio.file.Path;
import java.util.Map;
import segbrief.archive.OutputFolder;
import segbrief.brief.Brief;
import segbrief.render.data.CsvTablesWriter;
import segbrief.render.data.JsonMetricsWriter;

/** Renders one Brief into every output file, all or nothing. */
public final class Outputs {
    private Outputs() {}

    public static Path write(Brief brief, Path root, Timings timings) {
        OutputFolder folder = OutputFolder.open(root, brief.meta().name(), folderName(brief));
        boolean done = false;
        try {
            folder.write("metrics.json", JsonMetricsWriter.write(brief));
            for (Map.Entry<String, byte[]> e : CsvTablesWriter.write(brief).entrySet()) {
                folder.write("tables/" + e.getKey(), e.getValue());
            }
            timings.mark("data files");
            Path out = folder.commit();
            done = true;
            return out;
        } finally {
            if (!done) folder.abandon();
        }
    }

    static String folderName(Brief b) {
        String p = b.meta().periodLabel();
        return p == null || p.equals("All data") ? "all" : p;
    }
}
