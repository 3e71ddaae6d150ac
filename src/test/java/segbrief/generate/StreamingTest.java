package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large run writes row by row: a 16 MB heap is enough for a file five times that size. */
class StreamingTest {
    @TempDir
    Path tmp;

    @Test
    void two_million_donations_stream_through_a_16_mb_heap() throws Exception {
        long rows = 2_000_000;
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx16m", "-cp", System.getProperty("java.class.path"),
                Child.class.getName(), "crowdfunding", Long.toString(rows), tmp.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();

        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("finished within two minutes").isTrue();
        assertThat(child.exitValue()).as(Files.readString(tmp.resolve("child.log"))).isZero();
        Path file = tmp.resolve("donations.csv");
        assertThat(GeneratorsTest.dataLines(file)).isEqualTo(rows);
        assertThat(Files.size(file)).isGreaterThan(5L * (16 << 20));
    }

    /** The child JVM: {@code Child SCENARIO ROWS DIR}. */
    static final class Child {
        public static void main(String[] args) throws IOException {
            List<Path> files = Generators.write(args[0], Long.parseLong(args[1]), 9, Path.of(args[2]));
            if (files.isEmpty()) throw new IllegalStateException("no files written");
        }
    }
}
