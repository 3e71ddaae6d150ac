package segbrief.archive;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import segbrief.UserError;

/**
 * The period folder's record of every delivery attempt's outcome ({@code outbox.json}): which brief, to which
 * address, the SHA-256 of the message sent, its Message-ID, the server's reply and the time. A send reads it so that
 * nothing is delivered twice; it is rewritten whole after each outcome, so a crash loses at most the one in flight.
 * The time is the only clock reading SegmentBrief keeps, and it stays here, never in a brief.
 */
public final class Outbox implements AutoCloseable {
    public static final String FILE = "outbox.json";

    /**
     * One outcome.
     *
     * @param recipient the recipient's name, or null for the whole data's brief
     * @param folder    the brief's folder relative to the period's ("north", or "." for the whole data's)
     * @param status    "delivered", "refused" (the server said no for good) or "failed" (it could not say yes now)
     */
    public record Entry(String recipient, String folder, String address, String sha256, String messageId, String status,
                        String reply, String time) {
        public boolean delivered() { return "delivered".equals(status); }
    }

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final List<Entry> entries;
    private final FileChannel channel;
    private final FileLock lock;

    private Outbox(Path file, List<Entry> entries, FileChannel channel, FileLock lock) {
        this.file = file;
        this.entries = entries;
        this.channel = channel;
        this.lock = lock;
    }

    /** Opens the outbox of a period folder and holds it alone until closed: two overlapping sends cannot both send. */
    public static Outbox open(Path periodFolder) {
        Path file = periodFolder.resolve(FILE);
        Path lockFile = periodFolder.resolve("." + FILE + ".lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) throw busy(lockFile);
            List<Entry> entries = new ArrayList<>();
            if (Files.exists(file)) {
                Map<String, List<Entry>> m = JSON.readValue(file.toFile(), new TypeReference<Map<String, List<Entry>>>() {});
                entries.addAll(m.getOrDefault("deliveries", List.of()));
            }
            return new Outbox(file, entries, channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw busy(lockFile);
        } catch (IOException e) {
            close(channel);
            throw new UserError(UserError.Kind.OUTPUT, file.toString(), "cannot read the outbox: " + e.getMessage(),
                    "it records what was delivered: repair it rather than remove it, or nothing stops a second delivery");
        } catch (UserError e) {
            close(channel);
            throw e;
        }
    }

    public Path file() { return file; }

    public List<Entry> entries() { return List.copyOf(entries); }

    /** The latest delivery of a brief's folder to an address (case-insensitive), if any. */
    public Optional<Entry> lastDelivered(String folder, String address) {
        String a = address.toLowerCase(Locale.ROOT);
        Entry last = null;
        for (Entry e : entries) {
            if (e.delivered() && e.folder().equals(folder) && e.address().toLowerCase(Locale.ROOT).equals(a)) last = e;
        }
        return Optional.ofNullable(last);
    }

    /** Records an outcome and rewrites the file at once (to a temporary name, then moved over the old one). */
    public void add(Entry e) {
        entries.add(e);
        Path tmp = file.resolveSibling("." + FILE + ".tmp");
        try {
            JSON.writeValue(tmp.toFile(), Map.of("deliveries", entries));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException x) {
            throw new UserError(UserError.Kind.OUTPUT, file.toString(), "the outcome for " + e.address() + " (" + e.status()
                    + ") could not be recorded: " + x.getMessage(), "check the inbox before sending again");
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel below releases it too
        }
        close(channel);
    }

    private static void close(FileChannel c) {
        if (c == null) return;
        try {
            c.close();
        } catch (IOException ignored) {
            // nothing was written through the lock file
        }
    }

    private static UserError busy(Path lockFile) {
        return new UserError(UserError.Kind.DELIVERY, lockFile.toString(), "another send of this period's briefs is running",
                "wait for it to finish, then run again: what it delivered is not sent again");
    }
}
