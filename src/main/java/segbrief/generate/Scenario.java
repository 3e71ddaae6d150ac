package segbrief.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** One bundled scenario: its files, its default size and seed. */
interface Scenario {
    String name();

    /** Rows of the main (fact) file in the bundled data. */
    long defaultRows();

    long defaultSeed();

    /** Whether data/&lt;name&gt;/ ships this scenario (the benchmark's transactions are generated on demand). */
    default boolean bundled() { return true; }

    /**
     * Whether the bundled copy in data/&lt;name&gt;/ is gzip-compressed ({@code name.csv.gz}), to keep every committed
     * file under 5 MiB. Only {@link Generators#writeBundled(Path)} compresses; {@code generate} writes plain CSV.
     */
    default boolean bundledGzip() { return false; }

    /** Writes every file of the scenario into {@code dir} (which exists) and returns them in writing order. */
    List<Path> write(long rows, long seed, Path dir) throws IOException;
}
