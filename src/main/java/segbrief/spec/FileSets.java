package segbrief.spec;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * Sources that name sets of files, for an engine that reads them (Spark): globs ({@code data/part-*.parquet}) and
 * remote paths ({@code hdfs://namenode/sales}, {@code s3a://bucket/sales}). A {@link Path} keeps a URL's scheme but
 * folds its {@code //} into one slash; {@link #location} gives the URL back.
 */
public final class FileSets {
    private static final Pattern REMOTE = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]+):/+(.*)$");

    private FileSets() {}

    /** A path with a URL scheme other than file: (hdfs, s3a, gs, abfs, ...). */
    public static boolean isRemote(Path p) {
        var m = REMOTE.matcher(p.toString());
        return m.matches() && !m.group(1).equalsIgnoreCase("file") && m.group(1).length() > 1;
    }

    /** Whether the last name holds a glob character. */
    public static boolean isGlob(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().matches(".*[*?\\[{].*");
    }

    /** The folder a glob lies in. */
    public static Path folderOf(Path glob) {
        Path parent = glob.toAbsolutePath().getParent();
        return parent == null ? Path.of("/") : parent;
    }

    /** The path as the engine reads it: a remote path as its URL ({@code hdfs://host/x}), else the path itself. */
    public static String location(Path p) {
        var m = REMOTE.matcher(p.toString());
        if (m.matches() && isRemote(p)) return m.group(1) + "://" + m.group(2);
        return p.toString();
    }
}
