package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed data/ folder is exactly what the generator writes with the bundled defaults. */
class BundledDataTest {
    /** Tests run with the project base directory as working directory. */
    static final Path DATA = Path.of("data");

    @TempDir
    Path tmp;

    /** Committed files must stay under 5 MiB. */
    static final long MAX_COMMITTED_BYTES = 5L * 1024 * 1024;

    /**
     * Plain files are compared byte for byte; a {@code .gz} file by its decompressed content, since the deflate
     * bytes may differ between zlib builds.
     */
    @Test
    void committed_data_equals_a_fresh_regeneration() throws IOException {
        List<Path> fresh = Generators.writeBundled(tmp);

        assertThat(fresh).hasSize(9);
        assertThat(fresh.stream().map(f -> tmp.relativize(f).toString().replace('\\', '/')))
                .contains("mall/customers.csv", "sales/customer_sales.csv.gz")
                .doesNotContain("sales/customer_sales.csv");
        for (Path file : fresh) {
            Path committed = DATA.resolve(tmp.relativize(file));
            assertThat(committed).as("committed copy of " + tmp.relativize(file)).exists();
            String hint = "%s differs from a regeneration (run Generators.writeBundled(Path.of(\"data\")))";
            if (file.getFileName().toString().endsWith(".gz")) {
                assertThat(gunzip(committed)).as(hint, committed).isEqualTo(gunzip(file));
            } else {
                assertThat(Files.mismatch(file, committed)).as(hint, committed).isEqualTo(-1L);
            }
        }
        assertThat(DATA.resolve("sales/customer_sales.csv")).as("the plain sales CSV is not bundled").doesNotExist();
    }

    @Test
    void bundled_gzip_has_mtime_zero_and_decompresses_to_the_plain_generator_output() throws IOException {
        Path plain = Generators.write("sales", Generators.defaultRows("sales"), Generators.defaultSeed("sales"),
                tmp.resolve("plain")).getFirst();
        assertThat(plain.getFileName().toString()).as("generate writes plain CSV").isEqualTo("customer_sales.csv");
        Path copy = Files.copy(plain, Files.createDirectories(tmp.resolve("gz")).resolve("customer_sales.csv"));

        Path gz = Generators.gzip(copy);

        assertThat(gz.getFileName().toString()).isEqualTo("customer_sales.csv.gz");
        assertThat(copy).as("the plain copy is replaced").doesNotExist();
        byte[] header = new byte[10];
        try (InputStream in = Files.newInputStream(gz)) {
            assertThat(in.readNBytes(header, 0, 10)).isEqualTo(10);
        }
        assertThat(header[3]).as("no FNAME or other flags").isZero();
        assertThat(new byte[] {header[4], header[5], header[6], header[7]}).as("mtime").containsOnly(0);
        assertThat(gunzip(gz)).isEqualTo(Files.readAllBytes(plain));
        assertThat(Files.size(gz)).isLessThan(MAX_COMMITTED_BYTES);
    }

    @Test
    void every_committed_data_file_is_under_5_mib_and_none_is_named_like_a_public_dataset() throws IOException {
        try (Stream<Path> files = Files.walk(DATA)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path f : all) {
                assertThat(Files.size(f)).as("size of " + f).isLessThan(MAX_COMMITTED_BYTES);
                assertThat(f.toString().toLowerCase(Locale.ROOT)).as("path").doesNotContain("mall_customers");
            }
        }
    }

    @Test
    void every_scenario_has_a_brief_next_to_its_data() {
        assertThat(Generators.bundledScenarios()).containsExactly("crowdfunding", "ecommerce", "sales", "mall", "grocery");
        for (String scenario : Generators.bundledScenarios()) {
            assertThat(DATA.resolve(scenario).resolve("brief.yaml")).as(scenario).isRegularFile();
        }
    }

    static byte[] gunzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void grocery_departments_are_the_instacart_departments() throws IOException {
        Path shared = Path.of("..", "shared", "datasets", "instacart", "departments.csv");
        assumeTrue(Files.isRegularFile(shared), "../shared/datasets is absent");

        assertThat(Files.readAllLines(DATA.resolve("grocery/departments.csv")))
                .isEqualTo(Files.readAllLines(shared));
    }
}
