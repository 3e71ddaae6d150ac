package segbrief.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Seeded, streaming generators for the bundled scenarios. The same scenario, rows and seed give the same bytes on
 * any machine; rows are written one at a time, so any size fits in a small heap.
 *
 * <p>Bundled defaults (rows of the main file, seed), written by {@link #writeBundled(Path)}:
 * crowdfunding 20,000 / 0; ecommerce 350 / 1; sales 53,503 / 2 (about 40,000 distinct customers);
 * mall 200 / 3; grocery 100,000 order lines / 4. The benchmark scenario transactions (the peer's 15-column file,
 * default 1,000,000 rows / 20240501) is generated on demand and not bundled. The bundled sales file is written
 * gzip-compressed ({@code customer_sales.csv.gz}, read directly by DuckDB's read_csv) so that every committed file
 * stays under 5 MiB; {@link #write} always writes plain CSV.
 */
public final class Generators {
    private static final List<Scenario> SCENARIOS = List.of(
            new CrowdfundingScenario(), new EcommerceScenario(), new SalesScenario(), new MallScenario(),
            new GroceryScenario(), new TransactionsScenario());

    private Generators() {}

    /** Scenario names in a fixed order. */
    public static List<String> scenarios() {
        return SCENARIOS.stream().map(Scenario::name).toList();
    }

    /** Names of the scenarios shipped in data/ (all but the benchmark's transactions). */
    public static List<String> bundledScenarios() {
        return SCENARIOS.stream().filter(Scenario::bundled).map(Scenario::name).toList();
    }

    /** Rows of the main file in the bundled data of {@code scenario}. */
    public static long defaultRows(String scenario) { return find(scenario).defaultRows(); }

    /** Seed of the bundled data of {@code scenario}. */
    public static long defaultSeed(String scenario) { return find(scenario).defaultSeed(); }

    /** Writes all files of {@code scenario} with {@code rows} main-file rows into {@code outDir}; returns them. */
    public static List<Path> write(String scenario, long rows, long seed, Path outDir) throws IOException {
        Scenario s = find(scenario);
        if (rows < 1) throw new IllegalArgumentException("rows must be at least 1, got " + rows);
        Files.createDirectories(outDir);
        return s.write(rows, seed, outDir);
    }

    /**
     * Regenerates the bundled data: every bundled scenario at its default rows and seed into {@code dataDir/<name>/};
     * the files of a {@linkplain Scenario#bundledGzip() compressed} scenario become {@code <file>.gz} (the plain
     * file is removed).
     */
    public static List<Path> writeBundled(Path dataDir) throws IOException {
        List<Path> all = new ArrayList<>();
        for (Scenario s : SCENARIOS) {
            if (!s.bundled()) continue;
            List<Path> files = write(s.name(), s.defaultRows(), s.defaultSeed(), dataDir.resolve(s.name()));
            if (s.bundledGzip()) {
                List<Path> compressed = new ArrayList<>();
                for (Path f : files) compressed.add(gzip(f));
                files = compressed;
            }
            all.addAll(files);
        }
        return all;
    }

    /**
     * Compresses {@code file} into {@code file.gz} and deletes {@code file}. The gzip header carries no name and
     * mtime 0, so the bytes depend only on the content and the zlib build.
     */
    static Path gzip(Path file) throws IOException {
        Path gz = file.resolveSibling(file.getFileName() + ".gz");
        try (InputStream in = Files.newInputStream(file);
             OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz), 1 << 16) {
                 { def.setLevel(Deflater.BEST_COMPRESSION); }
             }) {
            in.transferTo(out);
        }
        Files.delete(file);
        return gz;
    }

    private static Scenario find(String name) {
        for (Scenario s : SCENARIOS) if (s.name().equals(name)) return s;
        throw new IllegalArgumentException("unknown scenario \"" + name + "\" (expected one of " + scenarios() + ")");
    }
}
