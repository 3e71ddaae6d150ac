package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.spec.ColumnFacts;

/** The counts role inference decides by are exact: a text column of 59 values sits under the 60 that make a dimension. */
class FactsTest {
    @TempDir
    Path dir;

    @Test
    void distinct_values_are_counted_exactly() throws Exception {
        Random rnd = new Random(8);
        StringBuilder csv = new StringBuilder("store,region,amount\n");
        Set<String> stores = new HashSet<>();
        Set<String> regions = new HashSet<>();
        for (int i = 0; i < 5000; i++) {
            String store = "Store " + rnd.nextInt(59);
            String region = "R" + rnd.nextInt(8);
            stores.add(store);
            regions.add(region);
            csv.append(store).append(',').append(region).append(',').append(rnd.nextInt(1000)).append('\n');
        }
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, csv);
        try (DuckDbSource source = DuckDbSource.open(dir, "1GB")) {
            var facts = source.facts(file);
            assertThat(facts).filteredOn(f -> f.name().equals("store")).extracting(ColumnFacts::distinct).containsExactly((long) stores.size());
            assertThat(facts).filteredOn(f -> f.name().equals("region")).extracting(ColumnFacts::distinct).containsExactly((long) regions.size());
            assertThat(facts).allMatch(f -> f.rows() == 5000);
        }
    }
}
