package segbrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Wall time and the process's CPU time per stage, and its peak resident memory, for --timings. CPU time tells a
 * stage's own work from waiting on a machine shared with others, where wall times drift; on two cores a stage that
 * runs both has CPU time up to twice its wall time.
 */
public final class Timings {
    private final List<String> names = new ArrayList<>();
    private final List<Long> nanos = new ArrayList<>();
    private final List<Long> cpus = new ArrayList<>();
    private long start = System.nanoTime();
    private long cpuStart = cpuNanos();
    private final long origin = start;

    /** Ends the current stage under {@code name} and starts the next. */
    public synchronized void mark(String name) {
        long now = System.nanoTime();
        long cpu = cpuNanos();
        names.add(name);
        nanos.add(now - start);
        cpus.add(cpu - cpuStart);
        start = now;
        cpuStart = cpu;
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
            s.append(String.format(Locale.ROOT, "  %-14s %8.3f s  cpu %7.3f s%n", names.get(i), nanos.get(i) / 1e9, cpus.get(i) / 1e9));
        }
        s.append(String.format(Locale.ROOT, "  %-14s %8.3f s  cpu %7.3f s%n", "total", (System.nanoTime() - origin) / 1e9,
                cpuNanos() / 1e9));
        long peak = peakRssKb();
        if (peak > 0) s.append(String.format(Locale.ROOT, "  %-14s %8.1f MiB%n", "peak RSS", peak / 1024.0));
        return s.toString();
    }

    /** The CPU time of the whole process (every thread, DuckDB's included) since it started; 0 where unknown. */
    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L);
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
