package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.UserError;

/** What is remembered of a file holds only while the file is unchanged: an edited file is checked and read again. */
class UnchangedTest {
    @TempDir
    Path dir;

    @Test
    void a_file_edited_after_a_clean_check_is_checked_again() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "id,city,amount\n1,Austin,10\n2,Boston,20\n");
        InputFile.check(file, null);
        assertThat(Unchanged.quotesClosed(file)).isTrue();
        Files.writeString(file, "id,city,amount\n1,\"Austin,10\n2,Boston,20\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        assertThat(Unchanged.quotesClosed(file)).isFalse();
        assertThatThrownBy(() -> InputFile.check(file, null)).isInstanceOfSatisfying(UserError.class, e -> assertThat(e.where()).endsWith("line 2"));
    }

    @Test
    void a_file_rewritten_with_other_columns_is_described_again() throws Exception {
        Path file = dir.resolve("sales.csv");
        Files.writeString(file, "store,region,amount\nA,North,10\nB,South,20\n");
        try (DuckDbSource first = DuckDbSource.open(dir, "1GB")) {
            assertThat(first.describe(file)).containsOnlyKeys("store", "region", "amount");
        }
        Files.writeString(file, "store,amount,units,channel\nA,10,1,web\nB,20,2,shop\n");
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
        try (DuckDbSource second = DuckDbSource.open(dir, "1GB")) {
            assertThat(second.describe(file)).containsOnlyKeys("store", "amount", "units", "channel");
            assertThat(second.describe(file).get("units")).isEqualTo("BIGINT");
        }
    }
}
