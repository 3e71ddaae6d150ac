package segbrief.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import segbrief.spec.BriefSpec.SourceSpec;

/**
 * Where the tables live. DuckDB compresses a table's row groups when it writes them to a database file
 * (dictionaries and FSST for text, bit-packing for numbers): 10M transaction rows then take about 150 MB instead
 * of 1.6 GB, and the segment passes group the dictionary-coded text faster.
 * <ul>
 *   <li>Inputs above {@link #PACKED_BYTES} go to a scratch database file in the private spill folder (it goes
 *       with the folder on close). A file database writes each row group compressed as the load fills it, so the
 *       load never holds the whole table uncompressed, as a compressed in-memory database does until its
 *       checkpoint; the blocks stay in DuckDB's buffer pool, so the analysis reads memory all the same. An input
 *       whose table would take more than a third of the memory limit gets a note saying so.</li>
 *   <li>Small inputs stay in plain memory, where there is nothing to gain.</li>
 * </ul>
 * {@code -Dsegbrief.storage=memory|packed|compressed} overrides the estimate (tests use it; so can a user who knows
 * better): packed is a compressed in-memory database, checkpointed once loaded.
 */
final class Storage {
    /** Above this estimated table size (about 40 MB of CSV) the tables are held compressed. */
    private static final long PACKED_BYTES = 64L << 20;

    private final Connection conn;
    private final Path spill;
    private final long limitBytes;
    /** The input is large for the memory limit (and sits in a scratch database file). */
    private boolean compressed;
    /** The tables sit in a compressed in-memory database, compressed by a checkpoint once loaded. */
    private boolean packed;
    /** The tables sit in a scratch database file. */
    private boolean stored;

    Storage(Connection conn, Path spill, long limitBytes) {
        this.conn = conn;
        this.spill = spill;
        this.limitBytes = limitBytes;
    }

    /** Chooses, once, where the tables of {@code sources} go, and makes it the current database. */
    void choose(List<SourceSpec> sources) throws SQLException {
        if (packed || stored) return;  // a second read (see DirtyNumbers.Retry) keeps the first one's storage
        long estimate = 0;
        for (SourceSpec src : sources) {
            try {
                long bytes = Files.size(src.file());
                String n = src.file().getFileName().toString().toLowerCase(Locale.ROOT);
                // a table takes about 1.7x its CSV; compressed files and Parquet expand several times
                estimate += (long) (bytes * (CsvReader.isCsv(src.file()) && !n.endsWith(".gz") && !n.endsWith(".zst") ? 1.7 : 6));
            } catch (IOException e) {
                return;  // unreadable files fail with a clear message later
            }
        }
        String forced = System.getProperty("segbrief.storage", "auto");
        if (forced.equals("memory")) return;
        if (forced.equals("packed")) {
            attachPacked();
            return;
        }
        boolean large = forced.equals("compressed") || estimate > limitBytes / 3;
        if (!large && estimate <= PACKED_BYTES) return;
        try {
            Files.createDirectories(spill);
        } catch (IOException e) {
            // no scratch folder: compressed in memory, or for an input large for the limit, in memory and spilling
            if (!large) attachPacked();
            return;
        }
        try (Statement s = conn.createStatement()) {
            s.execute("ATTACH " + Sql.str(spill.resolve("facts.duckdb").toString()) + " AS store");
            s.execute("USE store");
        }
        stored = true;
        compressed = large;
    }

    private void attachPacked() throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute("ATTACH ':memory:' AS store (COMPRESS)");
            s.execute("USE store");
        }
        packed = true;
    }

    /** The input is large for the memory limit: the data notes say it was held compressed. */
    boolean compressed() { return compressed; }

    /** Compresses (or finishes writing) the loaded tables where they sit in a compressed store. */
    void checkpoint(Statement st) throws SQLException {
        if (packed || stored) st.execute("CHECKPOINT store");
    }
}
