package segbrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.spec.SpecWriter;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Infers the roles of a data file's columns and writes them as an editable brief.yaml.")
public final class InitCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "DATA", description = "a .csv or .parquet file")
    Path data;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Where to write the spec (default: brief.yaml beside the data).")
    Path output;

    @Option(names = "--force", description = "Overwrite an existing spec.")
    boolean force;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(data)) throw new UserError(UserError.Kind.USAGE, data.toString(), "no such file", null);
        Path target = output != null ? output : data.toAbsolutePath().resolveSibling("brief.yaml");
        if (Files.exists(target) && !force) {
            throw new UserError(UserError.Kind.USAGE, target.toString(), "a spec is already there", "use --force to overwrite it");
        }
        String yaml = SpecWriter.yaml(RunCommand.infer(data), target.toAbsolutePath().getParent());
        try {
            Path tmp = Files.createTempFile(target.toAbsolutePath().getParent(), ".brief", ".yaml");
            Files.writeString(tmp, yaml, StandardCharsets.UTF_8);
            Files.move(tmp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, target.toString(), "cannot write the spec: " + e.getMessage(), null);
        }
        command.commandLine().getOut().println("wrote " + target + "; run it with: segbrief run " + target);
        return 0;
    }
}
