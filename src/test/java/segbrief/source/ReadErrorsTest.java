package segbrief.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Read failures are told apart by DuckDB's error type; the message gives only the line. */
class ReadErrorsTest {
    private static final Path CSV = Path.of("data", "orders.csv");

    @Test
    void outOfMemoryIsToldByItsType() {
        var e = new SQLException("Out of Memory Error: failed to allocate data of size 16.0 MiB (1.9 GiB/1.9 GiB used)");
        assertThat(ReadErrors.unreadable(CSV, e).oneLine())
                .contains("data/orders.csv: the data does not fit in the memory allowed");
        assertThat(ReadErrors.loading("brief.yaml", e).oneLine()).contains("brief.yaml: the data does not fit in the memory allowed");
    }

    @Test
    void theLineComesFromTheMessage() {
        var e = new SQLException("Invalid Input Error: CSV Error on Line: 42\nExpected Number of Columns: 3 Found: 2");
        assertThat(ReadErrors.unreadable(CSV, e).oneLine()).contains("data/orders.csv line 42: could not be read as a table");
        assertThat(ReadErrors.loading("brief.yaml", e).oneLine())
                .contains("brief.yaml (data line 42): the data could not be loaded");
    }

    @Test
    void aMessageMentioningMemoryIsNotAnOutOfMemoryFailure() {
        // the type decides: an IO error whose text mentions memory is an unreadable file, not a memory limit
        var e = new SQLException("IO Error: file \"out of memory.parquet\" is not a Parquet file");
        assertThat(ReadErrors.unreadable(Path.of("x.parquet"), e).oneLine()).contains("x.parquet: could not be read as a Parquet file");
    }
}
