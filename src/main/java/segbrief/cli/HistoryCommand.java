package segbrief.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.archive.Archive;
import segbrief.brief.Snapshot;

@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Lists the periods archived for a brief: their data dates, rows, customers and whether they were sent.")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec command;

    @Parameters(index = "0", paramLabel = "BRIEF", description = "The brief's name (as in output/<name>) or its output folder.")
    String brief;

    @Option(names = "--out", paramLabel = "DIR", description = "Output root folder a brief name is looked up in (default: output).")
    Path out = Path.of("output");

    @Override
    public Integer call() {
        Archive archive = Archive.locate(brief, out);
        var periods = archive.periods();
        var w = command.commandLine().getOut();
        if (periods.isEmpty()) {
            w.println(archive.folder() + ": no archived periods");
            return 0;
        }
        w.println(String.format(Locale.ROOT, "%-10s  %-10s  %-10s  %10s  %10s  %s", "period", "data from", "data to", "rows", "customers", "sent"));
        for (Snapshot s : periods) {
            w.println(String.format(Locale.ROOT, "%-10s  %-10s  %-10s  %10d  %10d  %s", s.period(),
                    s.dataFrom() == null ? "-" : s.dataFrom(), s.dataTo() == null ? "-" : s.dataTo(), s.rows(), s.customers(),
                    s.sent() ? "yes" : "no"));
        }
        return 0;
    }
}
