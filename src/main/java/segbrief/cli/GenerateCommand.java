package segbrief.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.generate.Generators;

/** {@code generate SCENARIO --rows N [--seed S] --out DIR}: writes a scenario's files at any size, streaming. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Writes a bundled scenario's data at any size (seeded, streaming).%n"
                + "Scenarios: crowdfunding, ecommerce, sales, mall, grocery (bundled in data/) and transactions "
                + "(the benchmark file).")
public final class GenerateCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "one of: ${COMPLETION-CANDIDATES}",
            completionCandidates = ScenarioNames.class)
    private String scenario;

    @Option(names = "--rows", paramLabel = "N",
            description = "rows of the main file (grocery: order lines); default: the bundled size")
    private Long rows;

    @Option(names = "--seed", paramLabel = "S", description = "random seed; default: the bundled seed")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write into")
    private Path out;

    @Override
    public Integer call() throws Exception {
        if (!Generators.scenarios().contains(scenario)) {
            throw new UserError(UserError.Kind.USAGE, "generate", "unknown scenario \"" + scenario + "\"",
                    "expected one of " + String.join(", ", Generators.scenarios()));
        }
        long n = rows != null ? rows : Generators.defaultRows(scenario);
        if (n < 1) throw new UserError(UserError.Kind.USAGE, "generate --rows", "--rows is " + n, "give 1 or more");
        long s = seed != null ? seed : Generators.defaultSeed(scenario);
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new UserError(UserError.Kind.OUTPUT, out.toString(), "--out is a file, not a folder",
                    "give a folder (it is created if missing)");
        }
        long start = System.nanoTime();
        List<Path> files;
        try {
            files = Generators.write(scenario, n, s, out);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, out.toString(), "cannot write the generated files: " + e,
                    "check that the folder is writable and has room", e);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        PrintWriter stdout = spec.commandLine().getOut();
        for (Path f : files) stdout.println(f);
        stdout.flush();
        spec.commandLine().getErr().println(String.format(Locale.ROOT, "%s: %,d rows, seed %d, %.1f s (%,.0f rows/s)",
                scenario, n, s, seconds, n / Math.max(seconds, 1e-9)));
        return 0;
    }

    /** Completion candidates and help text from the generator's own list. */
    static final class ScenarioNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() { return Generators.scenarios().iterator(); }
    }
}
