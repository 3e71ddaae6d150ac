package segbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.pipeline.Outputs;
import segbrief.pipeline.Timings;
import segbrief.render.data.BriefSnapshot;

/**
 * Writes every document of an archived brief again from its metrics.json alone: the snapshot there holds the brief
 * the renderers read and the email options, so the same bytes come out without the data. clusters.csv (per customer,
 * not in the snapshot) is copied from beside the metrics.json when it is there.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a brief's documents again from its metrics.json alone, byte for byte as its run wrote them.")
public final class RenderCommand implements Callable<Integer> {
    private static final String SENT = "summary.eml.sent";

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "METRICS_JSON", description = "A brief's output/<brief>/<period>/metrics.json.")
    Path metrics;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Output root folder: writes DIR/<brief>/<period>/ (default: the root the metrics.json lies in, replacing its folder).")
    Path out;

    @Override
    public Integer call() {
        Path source = metrics.toAbsolutePath().normalize();
        if (!Files.isRegularFile(source)) {
            throw new UserError(UserError.Kind.USAGE, metrics.toString(), "no such file", "give output/<brief>/<period>/metrics.json");
        }
        Path folder = source.getParent();
        Path root = out != null ? out : folder.getParent() != null && folder.getParent().getParent() != null
                ? folder.getParent().getParent() : folder;
        BriefSnapshot.Rendering r = BriefSnapshot.read(source);
        byte[] clusters = readIfThere(folder.resolve("clusters.csv"));
        // a delivery record stays valid when the same message is written again in place
        byte[] sent = readIfThere(folder.resolve(SENT));
        Path written = Outputs.writeDocuments(r.brief(), clusters, r.email(), root, new Timings(), r.brand());
        if (sent != null && written.toAbsolutePath().normalize().equals(folder)) {
            try {
                Files.write(written.resolve(SENT), sent);
            } catch (IOException e) {
                throw new UserError(UserError.Kind.OUTPUT, written.resolve(SENT).toString(), "cannot write: " + e.getMessage(), null);
            }
        }
        command.commandLine().getOut().println(written);
        return 0;
    }

    private static byte[] readIfThere(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, p.toString(), "cannot read: " + e.getMessage(), null);
        }
    }
}
