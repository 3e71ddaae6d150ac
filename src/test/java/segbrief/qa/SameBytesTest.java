package segbrief.qa;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of the same input, each from the file, give the same bytes in every output, the PDFs' /ID included. */
class SameBytesTest {
    @TempDir
    Path dir;

    @Test
    void two_runs_give_the_same_bytes() throws Exception {
        StringBuilder csv = new StringBuilder("order_id,customer,date,channel,amount\n");
        for (int i = 1; i <= 60; i++) {
            csv.append(i).append(",C").append(i % 13).append(",2023-").append(String.format("%02d", 1 + i % 12)).append("-0")
                    .append(1 + i % 9).append(',').append(i % 3 == 0 ? "Web" : "Store").append(',').append(5 + (i * 37) % 90).append(".5\n");
        }
        Path file = Qa.write(dir, "orders.csv", csv.toString());
        Qa.Brief a = Qa.runInNewJvm("run", file.toString(), "--out", dir.resolve("a").toString()).ok();
        Qa.Brief b = Qa.runInNewJvm("run", file.toString(), "--out", dir.resolve("b").toString()).ok();
        try (var files = Files.walk(a.dir())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path other = b.dir().resolve(a.dir().relativize(f));
                assertThat(Files.readAllBytes(other)).as(a.dir().relativize(f).toString()).isEqualTo(Files.readAllBytes(f));
            }
        }
        assertThat(a.dir().resolve("appendix-pdfa.pdf")).isRegularFile();
    }
}
