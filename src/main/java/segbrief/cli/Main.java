package segbrief.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import segbrief.UserError;
import segbrief.pipeline.Warmup;

/** Entry point: parses the command line, runs one command, maps every outcome to an exit code. */
@Command(name = "segbrief", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Turns customer data (CSV or Parquet) and a short YAML spec into a CEO brief:",
                "an executive PDF page, an appendix PDF, an HTML summary and email, and the figures as JSON and CSV.",
                "", "With no command, writes the bundled demo briefs into output/."},
        subcommands = {RunCommand.class, InitCommand.class, GenerateCommand.class, SendCommand.class, DemoCommand.class, HistoryCommand.class, RenderCommand.class},
        footer = {"", "Exit codes: 0 ok, 1 internal error, 2 usage, 3 spec error, 4 data error, 5 output error, 6 delivery error,", "7 held: --send asked, but the period's data looks incomplete (written, not sent)."})
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Option(names = "--debug", description = "Print stack traces for errors.", scope = CommandLine.ScopeType.INHERIT)
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return new DemoCommand().run(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        // A brief spends as long starting its libraries as on its data; start them on the other core while picocli
        // reads the command line (tests call run() and start nothing).
        if (args.length == 0 || args[0].equals("run") || args[0].equals("demo")) Warmup.start();
        int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
        Warmup.awaitEngine(); // exiting while the warm-up runs inside DuckDB's native code is not safe
        System.exit(code);
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof UserError u) {
                err.println("segbrief: " + u.oneLine());
                if (debug) e.printStackTrace(err);
                return u.exitCode();
            }
            // one line, as for a user error: the message's first line (engine messages run to dozens), the rest with --debug
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().lines().findFirst().orElse("");
            err.println("segbrief: internal error (a bug, please report it): " + m + (debug ? "" : " (run with --debug for details)"));
            if (debug) e.printStackTrace(err);
            return 1;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            // one line, like every other error: what was wrong, and where the options are explained
            err.println("segbrief: " + e.getMessage().replace('\n', ' ').strip() + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return UserError.Kind.USAGE.exitCode;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"SegmentBrief " + segbrief.pipeline.BriefPipeline.VERSION};
        }
    }
}
