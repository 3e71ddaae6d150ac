package segbrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Wall time per stage and the process's peak resident memory, for --timings. */
public final class Timings {
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private long start = System.nanoTime();
    private final long origin = start;

    /** Ends the current stage under {@code name} and starts the next. */
    public synchronized void mark(String name) {
        long now = System.nanoTime();
        names.add(name);
        nanos.add(now - start);
        start = now;
    }

    /** The last stage finished (null before the first), for a progress line. */
    public synchronized String lastStage() {
        return names.isEmpty() ? null : names.getLast().strip();
    }

    /** Seconds since the run started. */
    public double elapsed() {
        return (System.nanoTime() - origin) / 1e9;
    }

    public synchronized String report() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            s.append(String.format(Locale.ROOT, "  %-14s %8.3f s%n", names.get(i), nanos.get(i) / 1e9));
        }
        s.append(String.format(Locale.ROOT, "  %-14s %8.3f s%n", "total", (System.nanoTime() - origin) / 1e9));
        long peak = peakRssKb();
        if (peak > 0) s.append(String.format(Locale.ROOT, "  %-14s %8.1f MiB%n", "peak RSS", peak / 1024.0));
        return s.toString();
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    public static long peakRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("\\D", ""));
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
