// Build step, run by Maven (package phase) with the JDK's source launcher; not part of the application jar.
//
//   java src/build/DuckDbNatives.java <duckdb_jdbc jar> <lib folder>
//
// DuckDB's JDBC driver carries its native engine for every platform inside the jar and, on every start, copies
// the one for this platform (60 MB on Linux x86-64) to a temporary file before loading it: about 0.3 s of each
// run. When that resource is absent, the driver loads the library from the folder of the jar it came from
// instead (file name = the resource's name). So this writes into <lib folder>:
//   - the driver jar, same name, without the library of the platform the build runs on (the other platforms'
//     libraries stay inside, so the same jar still works elsewhere, unpacking as before);
//   - that library, next to the jar, loaded in place.
// On a platform the jar has no library for, the jar is copied unchanged. Entries are copied as they are (no
// recompression), so the step takes about a second; it is skipped when its outputs are newer than the jar.

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

void main(String[] args) throws IOException {
    if (args.length != 2) throw new IllegalArgumentException("usage: DuckDbNatives <duckdb_jdbc jar> <lib folder>");
    Path source = Path.of(args[0]);
    Path lib = Path.of(args[1]);
    String entry = nativeLibraryName();
    Path jar = lib.resolve(source.getFileName());
    Path library = lib.resolve(entry);
    if (newer(jar, source) && newer(library, source)) return;

    Files.createDirectories(lib);
    Path tmpJar = Files.createTempFile(lib, ".duckdb-", ".jar.tmp");
    Path tmpLibrary = Files.createTempFile(lib, ".duckdb-", ".so.tmp");
    try {
        Files.copy(source, tmpJar, StandardCopyOption.REPLACE_EXISTING);
        // The zip file system rewrites the archive on close, copying the untouched entries' compressed bytes.
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + tmpJar.toUri()), Map.of())) {
            Path inside = zip.getPath("/" + entry);
            if (Files.exists(inside)) {
                Files.copy(inside, tmpLibrary, StandardCopyOption.REPLACE_EXISTING);
                Files.delete(inside);
            }
        }
        if (Files.size(tmpLibrary) > 0) {
            Files.move(tmpLibrary, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else {
            System.out.println("DuckDbNatives: " + source.getFileName() + " has no " + entry + "; copied unchanged");
            Files.deleteIfExists(library);
        }
        Files.move(tmpJar, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
        Files.deleteIfExists(tmpJar);
        Files.deleteIfExists(tmpLibrary);
    }
}

/** The resource name DuckDB's driver looks for on this platform (mirrors its DuckDBNative.nativeLibName). */
static String nativeLibraryName() {
    String os = System.getProperty("os.name").toLowerCase(Locale.ROOT).trim();
    String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT).trim();
    os = os.startsWith("windows") ? "windows" : os.startsWith("mac") ? "osx" : os.startsWith("linux") ? "linux"
            : os.replaceAll("[^a-z0-9_\\-.]", "");
    arch = switch (arch) {
        case "x86_64", "amd64" -> "amd64";
        case "aarch64", "arm64" -> "arm64";
        default -> arch.replaceAll("[^a-z0-9_\\-.]", "");
    };
    return "libduckdb_java.so_" + os + "_" + (os.equals("osx") ? "universal" : arch);
}

static boolean newer(Path file, Path than) throws IOException {
    return Files.isRegularFile(file) && Files.getLastModifiedTime(file).compareTo(Files.getLastModifiedTime(than)) > 0;
}
