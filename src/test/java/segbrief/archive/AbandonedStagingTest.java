package segbrief.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed mid-way leaves its hidden staging folder; the next run into the same place removes it. */
class AbandonedStagingTest {
    @TempDir
    Path dir;

    @Test
    void a_killed_runs_staging_folder_goes_and_a_live_runs_stays() throws Exception {
        long dead = deadPid();
        long live = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path brief = dir.resolve("sales");
        Path killed = Files.createDirectories(brief.resolve(".all.staging-" + dead + "-123"));
        Files.writeString(killed.resolve("metrics.json"), "{}");
        Path killedBackup = Files.createDirectories(brief.resolve(".all.old-" + dead + "-456"));
        Path running = Files.createDirectories(brief.resolve(".all.staging-" + live + "-789"));
        Path unrelated = Files.createDirectories(brief.resolve(".keep"));

        OutputFolder out = OutputFolder.open(dir, "sales", "all");
        out.write("metrics.json", "{}".getBytes());
        out.commit();

        assertThat(killed).doesNotExist();
        assertThat(killedBackup).doesNotExist();
        assertThat(running).isDirectory();
        assertThat(unrelated).isDirectory();
        try (var s = Files.list(brief)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("all", ".keep", running.getFileName().toString());
        }
    }

    /** A process id that no process has now: well past the largest alive. */
    private static long deadPid() {
        long max = ProcessHandle.allProcesses().mapToLong(ProcessHandle::pid).max().orElse(1);
        long pid = max + 100_000;
        assertThat(ProcessHandle.of(pid)).isEmpty();
        return pid;
    }
}
