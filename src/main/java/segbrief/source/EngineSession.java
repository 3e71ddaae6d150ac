package segbrief.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The DuckDB session a source reads into: an in-memory database with its memory limit, and the private spill folder
 * it spills to beyond that limit (removed on close), so that inputs larger than memory complete instead of failing.
 */
final class EngineSession implements AutoCloseable {
    private final Connection conn;
    private final Path spill;
    private final long limitBytes;

    private EngineSession(Connection conn, Path spill, long limitBytes) {
        this.conn = conn;
        this.spill = spill;
        this.limitBytes = limitBytes;
    }

    /** A session spilling to a fresh folder under {@code tempRoot} (the system's temporary folder when null). */
    static EngineSession open(Path tempRoot, String memoryLimit) {
        try {
            Path root = tempRoot != null ? tempRoot : Path.of(System.getProperty("java.io.tmpdir"));
            Path spill = root.resolve("segbrief-spill-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            Connection c = SqlLog.wrap(DriverManager.getConnection("jdbc:duckdb:"));
            try (Statement s = c.createStatement()) {
                s.execute("SET temp_directory = " + Sql.str(spill.toString()));
                if (memoryLimit != null) s.execute("SET memory_limit = " + Sql.str(absolute(memoryLimit)));
                s.execute("SET preserve_insertion_order = false");
            }
            return new EngineSession(c, spill, memoryLimit == null ? physicalBytes() * 8 / 10 : limitBytes(memoryLimit));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start DuckDB: " + e.getMessage(), e);
        }
    }

    /**
     * Starts the engine once (the driver, its native library, a first in-memory database, opened and closed) so
     * that {@link #open} finds it loaded: about 0.15 s that a caller can spend on another thread meanwhile.
     * Failures are left for {@link #open} to report.
     */
    static void warmUp() {
        try (Connection _ = DriverManager.getConnection("jdbc:duckdb:")) {
            // opened is all it takes
        } catch (SQLException | RuntimeException e) {
            // open() reports it
        }
    }

    Connection connection() { return conn; }

    /** The private folder for spilled blocks, the scratch database and UTF-8 copies of the inputs. */
    Path spill() { return spill; }

    /** The memory limit in bytes. */
    long limitBytes() { return limitBytes; }

    private static long physicalBytes() {
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os.getTotalMemorySize();
    }

    /** The memory limit in bytes ("50%", "4GB", "1500MiB"); the physical memory when unreadable. */
    static long limitBytes(String limit) {
        String a = absolute(limit).strip().toUpperCase(Locale.ROOT).replace(" ", "");
        var m = java.util.regex.Pattern.compile("([0-9.]+)(KB|KIB|MB|MIB|GB|GIB|TB|TIB)?").matcher(a);
        if (!m.matches()) return physicalBytes();
        double v = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2);
        double scale = switch (unit) {
            case "KB" -> 1e3;
            case "KIB" -> 1024;
            case "MB" -> 1e6;
            case "MIB" -> Math.pow(1024, 2);
            case "GB" -> 1e9;
            case "GIB" -> Math.pow(1024, 3);
            case "TB" -> 1e12;
            case "TIB" -> Math.pow(1024, 4);
            default -> 1;
        };
        return (long) (v * scale);
    }

    /** "50%" of physical memory in MiB; anything else passes through ("4GB"). */
    static String absolute(String limit) {
        if (!limit.endsWith("%")) return limit;
        double share = Double.parseDouble(limit.substring(0, limit.length() - 1)) / 100;
        return (long) (physicalBytes() * share / (1024 * 1024)) + "MiB";
    }

    /** Closes the database and removes the spill folder. */
    @Override
    public void close() {
        try {
            conn.close();
        } catch (SQLException ignored) {
            // the database is scratch space: closing it cannot lose anything
        }
        if (Files.isDirectory(spill)) {
            try (var files = Files.walk(spill)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover spill folder in the temporary folder is harmless
            }
        }
    }
}
