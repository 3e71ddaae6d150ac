package segbrief.render.html;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import segbrief.UserError;

/**
 * The sidecar next to an .eml ("summary.eml.sent") recording each successful delivery, one line per recipient:
 * {@code sent<TAB>instant<TAB>message-id<TAB>address}. A retry reads it and does not send to anyone twice.
 */
final class DeliveryLog {
    private final Path file;

    DeliveryLog(Path eml) {
        this.file = eml.resolveSibling(eml.getFileName() + ".sent");
    }

    Path file() { return file; }

    /** An exclusive hold on the record; closing releases it. */
    interface Lock extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /**
     * Holds an exclusive lock beside the record while a send runs, so two overlapping runs (a retry started
     * while the first still waits on the server) cannot both send.
     */
    Lock lock() {
        Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new UserError(UserError.Kind.DELIVERY, lockFile.toString(), "another send of this message is running",
                        "wait for it to finish, then run again: recipients it reached are skipped");
            }
            return () -> {
                lock.release();
                channel.close();
                Files.deleteIfExists(lockFile);
            };
        } catch (OverlappingFileLockException e) {
            throw new UserError(UserError.Kind.DELIVERY, lockFile.toString(), "another send of this message is running",
                    "wait for it to finish, then run again: recipients it reached are skipped");
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, lockFile.toString(), "cannot lock the delivery record: " + e.getMessage(),
                    "the folder of the .eml must be writable");
        }
    }

    /** Addresses (lower case) that already received the message with this Message-ID. */
    Set<String> delivered(String messageId) {
        Set<String> done = new LinkedHashSet<>();
        if (!Files.exists(file)) return done;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t");
                if (f.length == 4 && f[0].equals("sent") && f[2].equals(messageId)) done.add(f[3].toLowerCase(java.util.Locale.ROOT));
            }
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, file.toString(), "cannot read the delivery record: " + e.getMessage(),
                    "remove it only if you are sure the message was not sent");
        }
        return done;
    }

    /** Appends the deliveries; written to a temporary file and moved into place, so the record is never half. */
    void record(String messageId, List<String> addresses, Instant when) {
        try {
            List<String> lines = new ArrayList<>(Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of());
            for (String a : addresses) lines.add(String.join("\t", "sent", when.toString(), messageId, a));
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, file.toString(),
                    "the message was sent to " + String.join(", ", addresses) + " but the delivery record could not be written: " + e.getMessage(),
                    "do not retry without checking the recipients' inboxes");
        }
    }
}
