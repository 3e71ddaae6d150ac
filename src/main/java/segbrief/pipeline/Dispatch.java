package segbrief.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import segbrief.UserError;
import segbrief.archive.Outbox;
import segbrief.render.html.SmtpAttempt;
import segbrief.render.html.SmtpAttempt.Outcome;
import segbrief.render.html.SmtpAttempt.Status;

/**
 * Delivers every brief of a run to its addresses exactly once. The outbox says what each address already has: the
 * same message (by SHA-256) is never sent again; a changed one only when asked ({@code resend}). Temporary failures
 * are tried again after a pause; one address's failure never stops the others.
 */
public final class Dispatch {
    /** The SMTP server. */
    public record Server(String host, int port, boolean starttls) {}

    /**
     * What a send did.
     *
     * @param held   addresses that have an earlier version of their brief and were not sent the new one (no --resend)
     * @param failed "address: reply" for each delivery that did not succeed
     */
    public record Result(List<String> delivered, List<String> already, List<String> held, List<String> failed, Path outbox) {
        public Result {
            delivered = List.copyOf(delivered);
            already = List.copyOf(already);
            held = List.copyOf(held);
            failed = List.copyOf(failed);
        }
    }

    /** Pauses between attempts; tests pass one that does not wait. */
    public interface Pause {
        void sleep(Duration d);
    }

    private final SmtpAttempt smtp;
    private final Clock clock;
    private final List<Duration> backoff;
    private final Pause pause;

    /** @param backoff the pauses before each retry of a temporary failure (its size is the number of retries) */
    public Dispatch(SmtpAttempt smtp, Clock clock, List<Duration> backoff, Pause pause) {
        this.smtp = smtp;
        this.clock = clock;
        this.backoff = List.copyOf(backoff);
        this.pause = pause;
    }

    /** Two retries after 2 and 8 seconds: a greylisting server or a short outage usually answers by then. */
    public static Dispatch standard(java.util.Map<String, String> env) {
        return new Dispatch(new SmtpAttempt(env), Clock.systemUTC(), List.of(Duration.ofSeconds(2), Duration.ofSeconds(8)), d -> {
            try {
                Thread.sleep(d);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    public Result send(List<RunOutputs.Written> briefs, Path periodFolder, Server server, boolean resend) {
        List<String> delivered = new ArrayList<>();
        List<String> already = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        try (Outbox outbox = Outbox.open(periodFolder)) {
            for (RunOutputs.Written w : briefs) {
                if (!w.hasBrief()) continue;
                String folder = w.slug() == null ? "." : w.slug();
                String sha = sha256(w.eml());
                String messageId = SmtpAttempt.messageId(w.eml());
                List<String> due = new ArrayList<>();
                for (String address : w.to()) {
                    Optional<Outbox.Entry> last = outbox.lastDelivered(folder, bare(address));
                    if (last.isPresent() && last.get().sha256().equals(sha)) already.add(bare(address));
                    else if (last.isPresent() && !resend) held.add(bare(address));
                    else due.add(address);
                }
                for (int attempt = 0; !due.isEmpty(); attempt++) {
                    boolean last = attempt >= backoff.size();
                    List<String> again = new ArrayList<>();
                    for (Outcome o : smtp.send(w.eml(), server.host(), server.port(), server.starttls(), due)) {
                        if (o.status() == Status.TEMPORARY && !last) {
                            again.add(o.address());
                            continue;
                        }
                        String status = switch (o.status()) {
                            case DELIVERED -> "delivered";
                            case REFUSED -> "refused";
                            case TEMPORARY -> "failed";
                        };
                        outbox.add(new Outbox.Entry(w.recipient(), folder, o.address(), sha, messageId, status, o.reply(),
                                clock.instant().toString()));
                        if (o.status() == Status.DELIVERED) delivered.add(o.address());
                        else failed.add(o.address() + ": " + o.reply());
                    }
                    if (!again.isEmpty()) pause.sleep(backoff.get(attempt));
                    due = again;
                }
            }
            return new Result(delivered, already, held, failed, outbox.file());
        }
    }

    /** "North <north@example.com>" → "north@example.com", as the server and the outbox know it. */
    private static String bare(String address) {
        int lt = address.lastIndexOf('<');
        int gt = address.lastIndexOf('>');
        return lt >= 0 && gt > lt ? address.substring(lt + 1, gt).strip() : address.strip();
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, file.toString(), "cannot read the message: " + e.getMessage(), null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
