package segbrief.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;

/**
 * The launcher as a user types it, from another folder than the project's: relative paths mean what they mean in the
 * user's shell. Runs after the package phase, on the jar the launcher would run.
 */
class LauncherIT {
    static final Path LAUNCHER = Path.of("segbrief").toAbsolutePath();

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {}

    Result run(Path cwd, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        pb.environment().put("SEGBRIEF_NO_AOT", "1");  // training the start-up cache is not what this tests
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Result(p.exitValue(), Files.readString(dir.resolve("stdout.txt"), StandardCharsets.UTF_8),
                Files.readString(dir.resolve("stderr.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void a_relative_file_and_output_folder_are_read_from_the_users_folder() throws Exception {
        Path work = dir.resolve("work");
        TestData.write(work, "customers.csv", "customer_id,city,amount\nC1,Paris,10\nC2,Lyon,20\nC3,Paris,30\n");
        Result r = run(work, "run", "./customers.csv", "--out", "briefs");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(work.resolve("briefs/customers/all/metrics.json")).isRegularFile();
        assertThat(r.out()).contains("briefs/customers/all");

        Result bare = run(work, "run", "customers.csv", "--out", "again");
        assertThat(bare.code()).as(bare.err()).isZero();
        assertThat(work.resolve("again/customers/all/executive.pdf")).isRegularFile();
    }

    @Test
    void a_missing_relative_file_is_named_as_the_user_typed_it() throws Exception {
        Result r = run(dir, "run", "./nowhere.csv");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("segbrief: ./nowhere.csv: no such file (give a brief.yaml or a CSV/Parquet file)");
    }
}
