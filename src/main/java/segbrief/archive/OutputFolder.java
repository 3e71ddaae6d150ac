package segbrief.archive;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import segbrief.UserError;

/**
 * One brief's output folder, {@code <root>/<brief>/<period>/}, written all or nothing: files go to a hidden
 * staging folder beside it and the folder is swapped in only when every file is written. A failed run leaves no
 * partial file and keeps the previous good output.
 */
public final class OutputFolder {
    private final Path target;
    private final Path staging;
    private final Map<String, String> checksums = new LinkedHashMap<>();
    private final java.util.Set<String> kept = new java.util.LinkedHashSet<>();

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    public static OutputFolder open(Path root, String brief, String period) {
        Path target = root.resolve(brief).resolve(period).toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            removeAbandoned(target.getParent());
            // the run's process id in the name lets a later run tell a killed run's folder from a live one's
            Path staging = Files.createTempDirectory(target.getParent(), "." + period + ".staging-" + PID + "-");
            return new OutputFolder(target, staging);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, target.toString(), "cannot create the output folder: " + e.getMessage(),
                    "choose another folder with --out");
        }
    }

    /** A recipient's folder, {@code <root>/<brief>/<period>/<recipient>/}, written all or nothing like the others. */
    public static OutputFolder open(Path root, String brief, String period, String recipient) {
        return open(root.resolve(brief), period, recipient);
    }

    public Path target() { return target; }

    /**
     * Entries of the previous output that the new one carries over when it is swapped in (the recipients' folders,
     * which their own runs replace, and the outbox, which must outlive every run).
     */
    public OutputFolder keep(java.util.Collection<String> names) {
        kept.addAll(names);
        return this;
    }

    /** Writes one file (a relative path like "tables/kpis.csv") into the staging folder. */
    public void write(String relative, byte[] bytes) {
        Path p = staging.resolve(relative).normalize();
        if (!p.startsWith(staging)) throw new IllegalArgumentException("path escapes the output folder: " + relative);
        try {
            Files.createDirectories(p.getParent());
            Files.write(p, bytes);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, p.toString(), "cannot write: " + e.getMessage(), "check free disk space and permissions");
        }
        checksums.put(relative, sha256(bytes));
    }

    /** Writes manifest.json (every file and its SHA-256) and swaps the staging folder into place. */
    public Path commit() {
        return commit(Map.of());
    }

    /**
     * As {@link #commit()}, the manifest opening with what the run was made from: {@code about} maps each key to a
     * JSON value already written (a quoted string, a number, an object).
     */
    public Path commit(Map<String, String> about) {
        StringBuilder m = new StringBuilder("{\n");
        for (var e : new java.util.TreeMap<>(about).entrySet()) {
            m.append("  \"").append(e.getKey()).append("\": ").append(e.getValue()).append(",\n");
        }
        m.append("  \"files\": {\n");
        int i = 0;
        for (var e : checksums.entrySet()) {
            m.append("    \"").append(e.getKey().replace("\\", "\\\\").replace("\"", "\\\"")).append("\": \"sha256:")
                    .append(e.getValue()).append('"').append(++i < checksums.size() ? ",\n" : "\n");
        }
        m.append("  }\n}\n");
        write("manifest.json", m.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Path old = null;
        try {
            if (Files.exists(target)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-" + PID + "-");
                Files.delete(old);
                move(target, old);
            }
            move(staging, target);
            if (old != null) {
                for (String name : kept) {
                    Path from = old.resolve(name);
                    if (Files.exists(from) && !Files.exists(target.resolve(name))) move(from, target.resolve(name));
                }
                deleteTree(old);
            }
            return target;
        } catch (IOException e) {
            if (old != null && !Files.exists(target)) {
                try {
                    move(old, target);
                } catch (IOException ignored) {
                    // the old output stays at its backup name; the message below says so
                }
            }
            throw new UserError(UserError.Kind.OUTPUT, target.toString(), "cannot move the new output into place: " + e.getMessage(), null);
        }
    }

    private static final long PID = ProcessHandle.current().pid();

    /**
     * Removes the staging and backup folders that runs killed mid-way left beside the outputs: those whose process
     * is gone. A folder of a run still going on is left alone.
     */
    static void removeAbandoned(Path parent) {
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                var m = java.util.regex.Pattern.compile("^\\..+\\.(staging|old)-([0-9]+)-.*").matcher(p.getFileName().toString());
                if (!m.matches() || !Files.isDirectory(p)) continue;
                long pid = Long.parseLong(m.group(2));
                if (pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue;
                deleteTree(p);
            }
        } catch (IOException | NumberFormatException ignored) {
            // what cannot be removed now stays hidden and unread; the next run tries again
        }
    }

    /** Removes the staging folder after a failure; the previous output is untouched. */
    public void abandon() {
        try {
            deleteTree(staging);
        } catch (IOException ignored) {
            // a leftover hidden staging folder is harmless and is not read by anything
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(p)) {
            s.sorted(Comparator.reverseOrder()).forEach(all::add);
        }
        for (Path x : all) Files.deleteIfExists(x);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
