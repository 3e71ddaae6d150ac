package segbrief.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Loads a bundled TrueType font from a file named by its content in a cache folder under the temporary folder.
 * {@link Font#createFont(int, InputStream)} copies the font to a new temporary file on every run and deletes it
 * only when the JVM exits normally, so each killed run left a few megabytes behind; the cached file is written
 * once and shared by every run.
 */
final class FontFiles {
    private FontFiles() {}

    static Font load(String resource) throws IOException, FontFormatException {
        byte[] bytes;
        try (InputStream in = FontFiles.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font resource " + resource + " is missing from the classpath");
            bytes = in.readAllBytes();
        }
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "segbrief-fonts-" + System.getProperty("user.name", "user"));
        String name = Path.of(resource).getFileName().toString();
        Path file = dir.resolve(sha256(bytes).substring(0, 16) + "-" + name);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) != bytes.length) {
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, ".part-", ".ttf");
                Files.write(part, bytes);
                try {
                    Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException e) {
            // no writable temporary folder: the JDK's own copy, removed when the JVM exits
            return Font.createFont(Font.TRUETYPE_FONT, new java.io.ByteArrayInputStream(bytes));
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
