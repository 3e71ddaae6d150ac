package segbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.archive.OutputFolder;
import segbrief.pipeline.Outputs;
import segbrief.pipeline.RunOutputs;
import segbrief.pipeline.Timings;
import segbrief.render.data.BriefSnapshot;

/**
 * Writes every document of an archived brief again from its metrics.json alone: the snapshot there holds the brief
 * the renderers read and the email options, so the same bytes come out without the data. clusters.csv (per customer,
 * not in the snapshot) is copied from beside the metrics.json when it is there. A recipient's metrics.json renders into
 * its recipient's folder; rendered in place, a folder keeps its delivery records and its recipients' briefs.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders a brief's documents again from its metrics.json alone, byte for byte as its run wrote them.")
public final class RenderCommand implements Callable<Integer> {
    private static final String SENT = "summary.eml.sent";

    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "METRICS_JSON",
            description = "A brief's output/<brief>/<period>/metrics.json, or a recipient's <brief>/<period>/<recipient>/metrics.json.")
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
        BriefSnapshot.Rendering r = BriefSnapshot.read(source);
        String name = r.brief().meta().name();
        String period = Outputs.folderName(r.brief());
        // a recipient's brief lies in <brief>/<period>/<recipient>/ and is written again to the same place under the root
        boolean recipient = !period.equals(String.valueOf(folder.getFileName())) && folder.getParent() != null
                && period.equals(String.valueOf(folder.getParent().getFileName()));
        Path periodFolder = recipient ? folder.getParent() : folder;
        Path root = out != null ? out : periodFolder.getParent() != null && periodFolder.getParent().getParent() != null
                ? periodFolder.getParent().getParent() : periodFolder;
        OutputFolder target = recipient ? OutputFolder.open(root, name, period, String.valueOf(folder.getFileName()))
                : OutputFolder.open(root, name, period);
        // written in place, the folder keeps what a render does not write: the delivery records and the recipients' briefs
        target.keep(kept(folder, recipient));
        byte[] clusters = readIfThere(folder.resolve("clusters.csv"));
        Path written = Outputs.writeDocuments(r.brief(), clusters, r.email(), target, new Timings(), r.brand());
        command.commandLine().getOut().println(written);
        return 0;
    }

    private static List<String> kept(Path folder, boolean recipient) {
        List<String> keep = new ArrayList<>(List.of(SENT, RunOutputs.OUTBOX));
        if (recipient) return keep;
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> Files.isRegularFile(p.resolve("metrics.json")) || Files.isRegularFile(p.resolve(RunOutputs.NOTE)))
                    .forEach(p -> keep.add(p.getFileName().toString()));
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, folder.toString(), "cannot list: " + e.getMessage(), null);
        }
        return keep;
    }

    private static byte[] readIfThere(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.readAllBytes(p) : null;
        } catch (IOException e) {
            throw new UserError(UserError.Kind.DATA, p.toString(), "cannot read: " + e.getMessage(), null);
        }
    }
}
