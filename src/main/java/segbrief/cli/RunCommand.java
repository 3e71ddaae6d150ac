package segbrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.pipeline.BriefPipeline;
import segbrief.pipeline.Outputs;
import segbrief.pipeline.RunOutputs;
import segbrief.pipeline.Timings;
import segbrief.spec.BriefSpec;
import segbrief.spec.SpecLoader;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Runs one brief: a brief.yaml spec, or a bare CSV/Parquet file whose roles are inferred.",
                "Writes output/<brief>/<period or all>/: executive.pdf, appendix.pdf, appendix-pdfa.pdf,",
                "summary.html, summary.eml, metrics.json, tables/*.csv, clusters.csv, manifest.json."})
public final class RunCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "SPEC_OR_DATA", description = "brief.yaml, or a .csv/.parquet file")
    Path input;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root folder (default: output).")
    Path out = Path.of("output");

    @Option(names = "--period", paramLabel = "PERIOD",
            description = {"Only rows in this period of the spec's date column: 2023, 2023-Q4 or 2023-11,",
                    "or previous-month / previous-quarter (the last whole one before --as-of). Default: the spec's period, else all data."})
    String period;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The date a relative --period is resolved against (default: today).")
    java.time.LocalDate asOf;

    @Option(names = "--send-anyway", description = "With --send: send even when the period's data looks incomplete.")
    boolean sendAnyway;

    @Option(names = "--timings", description = "Print each stage's wall time and the peak memory on stderr.")
    boolean timings;

    @Option(names = "--send", description = "Send each brief's summary.eml to its addresses when written, once (recorded in the period's outbox.json) (needs --smtp; credentials from SEGBRIEF_SMTP_USER / SEGBRIEF_SMTP_PASSWORD).")
    boolean send;

    @Option(names = "--resend", description = "With --send: send a recipient's brief again when it changed since they received it.")
    boolean resend;

    @Option(names = "--smtp", paramLabel = "HOST:PORT", converter = Converters.Smtp.class, description = "SMTP server for --send.")
    SendCommand.HostPort smtp;

    @Option(names = "--starttls", description = "With --send: require STARTTLS before logging in.")
    boolean starttls;

    @Option(names = "--to", paramLabel = "ADDR", split = ",", description = "Email recipients (default: the spec's email.to).")
    java.util.List<String> to;

    @Option(names = "--from", paramLabel = "ADDR", description = "Email sender (default: the spec's email.from).")
    String from;

    @Option(names = "--subject", paramLabel = "TEXT", description = "Email subject (default: title and period).")
    String subject;

    @Option(names = "--features", paramLabel = "A,B", split = ",", description = "Cluster customers on these numeric columns (replaces the spec's clusters.features).")
    java.util.List<String> features = java.util.List.of();

    @Option(names = "--k", paramLabel = "auto|N", converter = Converters.K.class,
            description = "Number of clusters, or auto to choose 2..10 by silhouette.")
    String k;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "A folder the spec's sources may be read from, besides the spec's own folder (repeatable; also SEGBRIEF_DATA_ROOT, separated by ':').")
    java.util.List<Path> dataRoots = new java.util.ArrayList<>();

    @Option(names = "--strict", description = "Stop at the first value that is not a usable number (default: count it as missing and say so in the appendix).")
    boolean strict;

    @Option(names = "--memory-limit", paramLabel = "LIMIT", description = "DuckDB memory limit before it spills to disk (default: 50%%).")
    String memoryLimit = "50%";

    @Option(names = "--engine", paramLabel = "duckdb|spark",
            description = {"The engine that reads the data and computes the figures: duckdb (default, in-process) or spark",
                    "(Apache Spark SQL: local[*], or the cluster of --master; built on first use). With spark, sources may",
                    "also be folders of Parquet or CSV files, globs, or hdfs:// and s3a:// paths the cluster reads."})
    String engine = segbrief.source.Sources.DUCKDB;

    @Option(names = "--master", paramLabel = "URL", description = "With --engine spark: the Spark master URL (default: local[*]).")
    String master;

    @Override
    @SuppressWarnings("try") // the progress line lives exactly as long as the try block; nothing else uses it
    public Integer call() {
        Timings t = new Timings();
        if (master != null && !engine.equals("spark")) {
            throw new UserError(UserError.Kind.USAGE, "--master", "applies to --engine spark only", null);
        }
        BriefSpec spec = load(input, engineOptions());
        if (isSpec(input)) {
            spec = segbrief.spec.SourcePaths.confine(spec,
                    segbrief.spec.SourcePaths.roots(dataRoots, System.getenv(segbrief.spec.SourcePaths.ENV)),
                    !engine.equals(segbrief.source.Sources.DUCKDB));
        }
        t.mark("spec");
        if (send && smtp == null) throw new UserError(UserError.Kind.USAGE, "--send", "needs --smtp HOST:PORT", null);
        SendCommand.HostPort server = send ? smtp : null;
        ResolvedPeriod resolved = ResolvedPeriod.of(period, asOf);
        if (resolved.request() != null) {
            command.commandLine().getErr().println("segbrief: --period " + resolved.request() + " as of " + resolved.asOf()
                    + " is " + resolved.period());
        }
        BriefPipeline.Computed computed;
        Path folder;
        java.util.List<RunOutputs.Written> written;
        try (Progress ignored = Progress.start(t, command.commandLine().getErr())) {
            var run = new BriefPipeline(t).run(spec, new BriefPipeline.Options(resolved.period(), null, memoryLimit, features, k,
                    new BriefPipeline.ArchiveOptions(out, resolved.request(), resolved.asOf(),
                            isSpec(input) ? segbrief.spec.Completeness.load(input) : segbrief.spec.Completeness.DEFAULTS,
                            isSpec(input) ? input : null), strict, engine, master));
            computed = run.overall();
            var email = Outputs.emailOptions(computed.spec(), from, to, subject);
            written = RunOutputs.write(run, email, out, t);
            folder = written.getFirst().folder();
        }
        if (!isSpec(input)) {
            // printed once the run succeeded, so that an error is the only thing on the screen when it did not
            command.commandLine().getErr().print("segbrief: no spec given; inferred this one (save it with 'segbrief init'):\n"
                    + segbrief.spec.SpecWriter.yaml(spec, null).indent(2));
        }
        command.commandLine().getOut().println(computed.brief().meta().title() + " (" + computed.brief().meta().periodLabel()
                + "): " + folder);
        for (RunOutputs.Written w : written.subList(1, written.size())) {
            if (w.hasBrief()) command.commandLine().getOut().println("  " + w.recipient() + ": " + w.folder());
            else command.commandLine().getErr().println("segbrief: note: " + w.note());
        }
        var quality = computed.brief().quality();
        if (quality.rowsRejected() > 0) {
            var first = quality.rejections().isEmpty() ? null : quality.rejections().getFirst();
            command.commandLine().getErr().println("segbrief: warning: " + quality.rowsRejected() + " row(s) could not be read and are"
                    + " counted as rejected" + (first == null ? "" : ", first " + first.file() + " line " + first.line() + ": " + first.reason())
                    + " (all listed under data quality in the appendix and metrics.json)");
        }
        String held = computed.brief().continuity().banner();
        if (held != null) {
            // Held means not sent: a run that sends nothing only warns, so that documents-only runs and scripts go on.
            command.commandLine().getErr().println("segbrief: " + (send ? "" : "warning: ") + folder + ": " + held
                    + (!send ? " (a run with --send would hold it; --send-anyway sends it)"
                    : sendAnyway ? "; sending anyway (--send-anyway)" : "; written but not sent (--send-anyway sends it)"));
        }
        if (send && (held == null || sendAnyway)) {
            var result = segbrief.pipeline.Dispatch.standard(System.getenv())
                    .send(written, folder, new segbrief.pipeline.Dispatch.Server(server.host(), server.port(), starttls), resend);
            var o = command.commandLine().getOut();
            if (!result.delivered().isEmpty()) o.println("sent to " + String.join(", ", result.delivered()));
            if (!result.already().isEmpty()) o.println("already delivered, not sent again: " + String.join(", ", result.already()));
            if (!result.held().isEmpty()) {
                command.commandLine().getErr().println("segbrief: not sent: " + String.join(", ", result.held())
                        + " received an earlier version of their brief (--resend sends the new one)");
            }
            if (!result.failed().isEmpty()) {
                if (timings) command.commandLine().getErr().print(t.report());
                throw new UserError(UserError.Kind.DELIVERY, result.outbox().toString(), result.failed().size()
                        + (result.failed().size() == 1 ? " delivery" : " deliveries") + " failed, first " + result.failed().getFirst(),
                        "run again with --send to retry only those; the others are not sent twice");
            }
        }
        if (timings) command.commandLine().getErr().print(t.report());
        return held != null && send && !sendAnyway ? segbrief.UserError.Kind.INCOMPLETE.exitCode : 0;
    }

    static BriefSpec load(Path input) {
        return load(input, new segbrief.source.Sources.Options(null, null, "50%", null));
    }

    static BriefSpec load(Path input, segbrief.source.Sources.Options engine) {
        if (!Files.exists(input)) {
            throw new UserError(UserError.Kind.USAGE, input.toString(), "no such file", "give a brief.yaml or a CSV/Parquet file");
        }
        if (isSpec(input)) return SpecLoader.load(input);
        return infer(input, engine);
    }

    private segbrief.source.Sources.Options engineOptions() {
        return new segbrief.source.Sources.Options(engine, null, memoryLimit, master);
    }

    static boolean isSpec(Path input) {
        String n = input.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** The spec a person would write for a bare data file. */
    static BriefSpec infer(Path data) {
        return infer(data, new segbrief.source.Sources.Options(null, null, "50%", null));
    }

    static BriefSpec infer(Path data, segbrief.source.Sources.Options engine) {
        try (var source = segbrief.source.Sources.open(engine)) {
            return segbrief.spec.RoleInference.infer(data, source.facts(data));
        }
    }

}
