package segbrief.archive;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import segbrief.UserError;
import segbrief.brief.Snapshot;
import segbrief.render.data.SnapshotReader;

/**
 * The folders under {@code <root>/<brief>/}: each period's metrics.json is the snapshot later runs read. A period
 * counts as sent when its summary.eml has a delivery record beside it (written by the sender, read here only).
 */
public final class Archive {
    public static final String SENT_MARK = "summary.eml.sent";
    private final Path folder;

    private Archive(Path folder) {
        this.folder = folder;
    }

    /** The archive of one brief under an output root (it may not exist yet: then it is empty). */
    public static Archive of(Path root, String brief) {
        return new Archive(root.resolve(brief));
    }

    /** A brief's folder given as a path, or its name under the output root. */
    public static Archive locate(String briefOrFolder, Path root) {
        Path asPath = Path.of(briefOrFolder);
        if (Files.isDirectory(asPath)) return new Archive(asPath);
        Path named = root.resolve(briefOrFolder);
        if (Files.isDirectory(named)) return new Archive(named);
        throw new UserError(UserError.Kind.USAGE, briefOrFolder, "no such brief folder (looked in " + root + ")",
                "give the brief's name or its output folder, e.g. output/crowdfunding");
    }

    public Path folder() { return folder; }

    /** Every archived period, by its first date of data, then by label. */
    public List<Snapshot> periods() {
        if (!Files.isDirectory(folder)) return List.of();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> !p.getFileName().toString().startsWith(".") && Files.isRegularFile(p.resolve("metrics.json")))
                    .sorted().forEach(dirs::add);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, folder.toString(), "cannot list: " + e.getMessage(), null);
        }
        List<Snapshot> out = new ArrayList<>();
        for (Path d : dirs) out.add(read(d));
        out.sort(java.util.Comparator.comparing(Snapshot::dataFrom, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder()))
                .thenComparing(Snapshot::period));
        return out;
    }

    /** The snapshot of one period, when the archive holds it. */
    public Optional<Snapshot> period(String label) {
        Path d = folder.resolve(label);
        if (label == null || !Files.isRegularFile(d.resolve("metrics.json"))) return Optional.empty();
        return Optional.of(read(d));
    }

    /** Each customer's cluster and RFM segment in an archived period, when it wrote a clusters.csv. */
    public Optional<segbrief.brief.PreviousScores> scores(String label) {
        Path f = folder.resolve(label).resolve("clusters.csv");
        if (label == null || !Files.isRegularFile(f)) return Optional.empty();
        return Optional.of(segbrief.render.data.ClustersCsvReader.read(label, f));
    }

    /** The SHA-256 of a file, in hex. */
    public static String sha256(Path file) {
        try {
            return OutputFolder.sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserError(UserError.Kind.SPEC, file.toString(), "cannot read: " + e.getMessage(), null);
        }
    }

    /** A text file's content (UTF-8). */
    public static String text(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.SPEC, file.toString(), "cannot read: " + e.getMessage(), null);
        }
    }

    private static Snapshot read(Path periodFolder) {
        return SnapshotReader.read(periodFolder.resolve("metrics.json")).withSent(Files.exists(periodFolder.resolve(SENT_MARK)));
    }
}
