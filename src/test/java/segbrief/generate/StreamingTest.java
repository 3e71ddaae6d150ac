package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large run writes row by row: the heap it needs does not grow with the rows. */
class StreamingTest {
    @TempDir
    Path tmp;

    @Test
    void two_million_donations_stream_through_a_small_heap() throws IOException {
        long rows = 2_000_000;
        System.gc();
        resetPeaks();

        Path file = Generators.write("crowdfunding", rows, 9, tmp).getFirst();

        assertThat(GeneratorsTest.dataLines(file)).isEqualTo(rows);
        assertThat(Files.size(file)).isGreaterThan(rows * 40);
        // 2M rows held in memory would need hundreds of MB; streaming needs the 1 MB buffer and a few objects.
        assertThat(peakHeapUsed()).isLessThan(Math.max(256L << 20, Files.size(file) / 2));
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) pool.resetPeakUsage();
    }

    private static long peakHeapUsed() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
        }
        return sum;
    }
}
