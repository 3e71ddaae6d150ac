package segbrief.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What was learnt about an input file that holds while the file is unchanged (same size, same modification time),
 * kept for the life of the process: a run without a spec reads a file's columns and checks its quotes for role
 * inference and again for the brief, and a run with one checks each source before and while describing it.
 */
final class Unchanged {
    private record Key(Path path, long size, FileTime modified) {}

    private static final Set<Key> QUOTES_CLOSED = ConcurrentHashMap.newKeySet();
    private static final Map<Key, Map<String, String>> COLUMNS = new ConcurrentHashMap<>();

    private Unchanged() {}

    private static Key key(Path file) {
        try {
            Path p = file.toAbsolutePath().normalize();
            return new Key(p, Files.size(p), Files.getLastModifiedTime(p));
        } catch (IOException | RuntimeException e) {
            return null;  // unreadable: nothing is remembered, and the caller's own read reports it
        }
    }

    /** Whether the file's quotes were found whole since it last changed. */
    static boolean quotesClosed(Path file) {
        Key k = key(file);
        return k != null && QUOTES_CLOSED.contains(k);
    }

    static void quotesClosed(Path file, boolean closed) {
        Key k = key(file);
        if (k != null && closed) QUOTES_CLOSED.add(k);
    }

    /** The columns DuckDB found in the file (header → type) since it last changed, or null. */
    static Map<String, String> columns(Path file) {
        Key k = key(file);
        return k == null ? null : COLUMNS.get(k);
    }

    static void columns(Path file, Map<String, String> columns) {
        Key k = key(file);
        if (k != null) COLUMNS.put(k, columns);
    }
}
