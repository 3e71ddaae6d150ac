package segbrief.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed data/ folder is exactly what the generator writes with the bundled defaults. */
class BundledDataTest {
    /** Tests run with the project base directory as working directory. */
    static final Path DATA = Path.of("data");

    @TempDir
    Path tmp;

    @Test
    void committed_data_equals_a_fresh_regeneration_byte_for_byte() throws IOException {
        List<Path> fresh = Generators.writeBundled(tmp);

        assertThat(fresh).hasSize(9);
        for (Path file : fresh) {
            Path committed = DATA.resolve(tmp.relativize(file));
            assertThat(committed).as("committed copy of " + tmp.relativize(file)).exists();
            assertThat(Files.mismatch(file, committed))
                    .as("%s differs from a regeneration (run Generators.writeBundled(Path.of(\"data\")))", committed)
                    .isEqualTo(-1L);
        }
    }

    @Test
    void every_scenario_has_a_brief_next_to_its_data() {
        assertThat(Generators.bundledScenarios()).containsExactly("crowdfunding", "ecommerce", "sales", "mall", "grocery");
        for (String scenario : Generators.bundledScenarios()) {
            assertThat(DATA.resolve(scenario).resolve("brief.yaml")).as(scenario).isRegularFile();
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
