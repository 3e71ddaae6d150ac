package segbrief.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import segbrief.UserError;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Outputs;
import segbrief.pipeline.Timings;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Writes every bundled demo brief (data/*/brief.yaml) into the output folder and prints where they are.")
public final class DemoCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of bundled scenarios (default: the installation's data).")
    Path data = Path.of(System.getProperty("segbrief.home", "."), "data");

    @Option(names = "--out", paramLabel = "DIR", description = "Output root folder (default: output).")
    Path out = Path.of("output");

    @Override
    public Integer call() {
        return run(command.commandLine().getOut());
    }

    /** Runs every bundled brief, printing where each one went. */
    Integer run(java.io.PrintWriter console) {
        List<Path> specs;
        try (Stream<Path> s = Files.list(data)) {
            specs = s.map(d -> d.resolve("brief.yaml")).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UserError(UserError.Kind.USAGE, data.toString(), "no bundled scenarios here", "run from the project folder");
        }
        for (Path spec : specs) {
            Timings t = new Timings();
            var computed = new BriefPipeline(t).compute(RunCommand.load(spec),
                    new BriefPipeline.Options(null, null, "50%"));
            Path folder = Outputs.write(computed.brief(), computed.scores(), Outputs.emailOptions(computed.spec(), null, null, null), out, t);
            console.println(computed.brief().meta().title() + ": " + folder);
        }
        console.println("Each folder holds executive.pdf, appendix.pdf, appendix-pdfa.pdf, summary.html, summary.eml,"
                + " metrics.json, tables/ and (with customer ids) clusters.csv.");
        return 0;
    }
}
