package segbrief.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import segbrief.brief.ChartSpec;

/** Writes every sample as PNG at the executive (250x160) and appendix (500x260) sizes, for a designer's eye. */
final class ChartGallery {
    private ChartGallery() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/charts");
        Files.createDirectories(dir);
        ChartRenderer renderer = new ChartRenderer(Samples.EUR);
        int i = 0;
        for (ChartSpec spec : Samples.all()) {
            String name = String.format("%02d-%s-%s", i++, spec.getClass().getSimpleName().toLowerCase(), spec.id());
            Files.write(dir.resolve(name + "-exec.png"), renderer.png(spec, 250, 160, 2));
            Files.write(dir.resolve(name + "-appx.png"), renderer.png(spec, 500, 260, 2));
        }
    }
}
