package segbrief.render.html;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.net.ssl.SSLException;
import segbrief.UserError;

/**
 * Sends a saved .eml through SMTP. The whole message is read and checked before connecting (never half a
 * message); credentials come only from {@value #USER_ENV} / {@value #PASSWORD_ENV}; each successful delivery is
 * recorded next to the .eml so that a retry does not send to anyone twice unless forced.
 */
public final class SmtpSender {
    public static final String USER_ENV = "SEGBRIEF_SMTP_USER";
    public static final String PASSWORD_ENV = "SEGBRIEF_SMTP_PASSWORD";
    static final int CONNECT_TIMEOUT_MS = 10_000;
    static final int IO_TIMEOUT_MS = 30_000;

    /** What a call did: sent to some recipients, or nothing because they all had it already. */
    public record Delivery(boolean sent, String messageId, List<String> recipients, List<String> skipped, Path record) {
        public Delivery {
            recipients = List.copyOf(recipients);
            skipped = List.copyOf(skipped);
        }
    }

    private final Map<String, String> env;
    private final Clock clock;

    /** Credentials from the process environment. */
    public SmtpSender() {
        this(System.getenv(), Clock.systemUTC());
    }

    /** {@code env} stands for the process environment (tests pass their own). */
    public SmtpSender(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.clock = clock;
    }

    public Delivery send(Path eml, String host, int port, boolean starttls, List<String> overrideTo) {
        return send(eml, host, port, starttls, overrideTo, false);
    }

    /** Sends {@code eml} to its own recipients, or to {@code overrideTo} when not empty; {@code force} sends again. */
    public Delivery send(Path eml, String host, int port, boolean starttls, List<String> overrideTo, boolean force) {
        String where = eml.toString();
        String user = blankToNull(env.get(USER_ENV));
        String password = env.get(PASSWORD_ENV);
        if (user != null && password == null) {
            throw new UserError(UserError.Kind.USAGE, where, USER_ENV + " is set but " + PASSWORD_ENV + " is not",
                    "set both, or neither for a server without login");
        }
        if (user != null && !starttls && !isLoopback(host)) {
            throw new UserError(UserError.Kind.USAGE, where, "refusing to send the SMTP password unencrypted to " + host,
                    "add --starttls");
        }
        Session session = Session.getInstance(properties(host, port, starttls, user != null));
        MimeMessage message = read(session, eml);
        String messageId = messageId(message, where);
        List<InternetAddress> recipients = recipients(message, overrideTo, where);

        DeliveryLog log = new DeliveryLog(eml);
        try (DeliveryLog.Lock _ = log.lock()) {
            Set<String> already = force ? Set.of() : log.delivered(messageId);
            List<InternetAddress> due = recipients.stream()
                    .filter(a -> !already.contains(a.getAddress().toLowerCase(Locale.ROOT))).toList();
            List<String> skipped = recipients.stream().map(InternetAddress::getAddress)
                    .filter(a -> already.contains(a.toLowerCase(Locale.ROOT))).toList();
            if (due.isEmpty()) return new Delivery(false, messageId, List.of(), skipped, log.file());

            List<String> sent = transmit(session, message, due, host, port, user, password, where, log, messageId);
            return new Delivery(true, messageId, sent, skipped, log.file());
        } catch (IOException e) {
            throw new UserError(UserError.Kind.OUTPUT, log.file().toString(), "cannot release the delivery lock: " + e.getMessage(),
                    "remove " + log.file().getFileName() + ".lock if no send is running", e);
        }
    }

    private List<String> transmit(Session session, MimeMessage message, List<InternetAddress> due, String host, int port,
                                  String user, String password, String where, DeliveryLog log, String messageId) {
        Transport t = null;
        try {
            t = session.getTransport("smtp");
            t.connect(host, port, user, password);
            t.sendMessage(message, due.toArray(Address[]::new));
        } catch (SendFailedException e) {
            List<String> sent = addresses(e.getValidSentAddresses());
            if (!sent.isEmpty()) log.record(messageId, sent, clock.instant());
            throw failure(e, host, port, user, where);
        } catch (MessagingException e) {
            throw failure(e, host, port, user, where);
        } finally {
            closeQuietly(t);
        }
        List<String> sent = due.stream().map(InternetAddress::getAddress).toList();
        log.record(messageId, sent, clock.instant());
        return sent;
    }

    /** The message is already accepted when QUIT fails; that must not turn a delivery into an error. */
    private static void closeQuietly(Transport t) {
        if (t == null) return;
        try {
            t.close();
        } catch (MessagingException ignored) {
            // nothing to undo: the server has the message or never got it, and the result says which
        }
    }

    static Properties properties(String host, int port, boolean starttls, boolean auth) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", host);
        p.setProperty("mail.smtp.port", Integer.toString(port));
        p.setProperty("mail.smtp.connectiontimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        p.setProperty("mail.smtp.timeout", Integer.toString(IO_TIMEOUT_MS));
        p.setProperty("mail.smtp.writetimeout", Integer.toString(IO_TIMEOUT_MS));
        p.setProperty("mail.smtp.auth", Boolean.toString(auth));
        if (starttls) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /** Reads and checks the whole file: a truncated or unparsable message is refused before any connection. */
    static MimeMessage read(Session session, Path eml) {
        String where = eml.toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(eml);
        } catch (IOException e) {
            throw new UserError(UserError.Kind.USAGE, where, "cannot read the message: " + e.getClass().getSimpleName()
                    + " " + e.getMessage(), "give the path of a .eml written by segbrief run");
        }
        try {
            MimeMessage m = new MimeMessage(session, new ByteArrayInputStream(bytes));
            if (m.getFrom() == null || m.getFrom().length != 1) throw incomplete(where, "it has no single From address");
            checkComplete(m, where);
            return m;
        } catch (MessagingException | IOException e) {
            throw new UserError(UserError.Kind.USAGE, where, "is not a readable MIME message: " + e.getMessage(),
                    "write it again with segbrief run", e);
        }
    }

    private static void checkComplete(Part part, String where) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            if (mp instanceof jakarta.mail.internet.MimeMultipart mm && !mm.isComplete()) {
                throw incomplete(where, "a multipart section has no closing boundary (the file is truncated)");
            }
            if (mp.getCount() == 0) throw incomplete(where, "a multipart section is empty");
            for (int i = 0; i < mp.getCount(); i++) {
                BodyPart child = mp.getBodyPart(i);
                checkComplete(child, where);
            }
        } else {
            part.getInputStream().readAllBytes();
        }
    }

    private static UserError incomplete(String where, String what) {
        return new UserError(UserError.Kind.USAGE, where, "is not a complete message: " + what,
                "write it again with segbrief run; nothing was sent");
    }

    static String messageId(MimeMessage m, String where) throws UserError {
        try {
            String id = m.getMessageID();
            if (id == null || id.isBlank()) throw incomplete(where, "it has no Message-ID");
            return id.strip();
        } catch (MessagingException e) {
            throw incomplete(where, "its Message-ID cannot be read");
        }
    }

    private static List<InternetAddress> recipients(MimeMessage m, List<String> overrideTo, String where) {
        List<InternetAddress> list = new ArrayList<>();
        if (overrideTo != null && !overrideTo.isEmpty()) {
            for (String a : overrideTo) list.add(EmailMessage.address(UserError.Kind.USAGE, "--to", a));
        } else {
            try {
                Address[] all = m.getAllRecipients();
                if (all != null) {
                    for (Address a : all) if (a instanceof InternetAddress ia) list.add(ia);
                }
            } catch (MessagingException e) {
                throw incomplete(where, "its recipients cannot be read: " + e.getMessage());
            }
        }
        if (list.isEmpty()) {
            throw new UserError(UserError.Kind.USAGE, where, "the message has no recipients", "add --to ADDR");
        }
        return list.stream().filter(distinctAddress()).toList();
    }

    private static java.util.function.Predicate<InternetAddress> distinctAddress() {
        Set<String> seen = new java.util.HashSet<>();
        return a -> seen.add(a.getAddress().toLowerCase(Locale.ROOT));
    }

    /** One clear line for the usual failures; the server's own words otherwise. */
    static UserError failure(MessagingException e, String host, int port, String user, String where) {
        String server = host + ":" + port;
        String what;
        String hint;
        Throwable root = rootOf(e);
        if (e instanceof AuthenticationFailedException) {
            what = "the SMTP server " + server + " rejected the login" + (user == null ? "" : " as \"" + user + "\"");
            hint = "check " + USER_ENV + " and " + PASSWORD_ENV;
        } else if (root instanceof UnknownHostException) {
            what = "unknown SMTP host \"" + host + "\"";
            hint = "check the host in --smtp HOST:PORT";
        } else if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            what = "could not connect to the SMTP server " + server + " (" + root.getMessage() + ")";
            hint = "is the server running and the port right?";
        } else if (root instanceof SocketTimeoutException) {
            what = "the SMTP server " + server + " did not answer in time";
            hint = "check the host, the port and any firewall";
        } else if (root instanceof SSLException) {
            what = "TLS with the SMTP server " + server + " failed: " + firstLine(root.getMessage());
            hint = "check that the server's certificate is valid for " + host;
        } else if (String.valueOf(e.getMessage()).contains("STARTTLS is required")) {
            what = "the SMTP server " + server + " does not offer STARTTLS";
            hint = "use the server's submission port (often 587), or leave out --starttls only on a trusted network";
        } else if (e instanceof SendFailedException sfe) {
            what = "the SMTP server " + server + " refused the message: " + firstLine(e.getMessage())
                    + unsent(sfe);
            hint = "nothing was sent to the addresses listed; the others are recorded";
        } else {
            what = "sending through " + server + " failed: " + firstLine(e.getMessage());
            hint = user == null ? "if the server needs a login, set " + USER_ENV + " and " + PASSWORD_ENV : null;
        }
        return new UserError(UserError.Kind.DELIVERY, where, what, hint, e);
    }

    private static String unsent(SendFailedException e) {
        List<String> bad = new ArrayList<>(addresses(e.getInvalidAddresses()));
        bad.addAll(addresses(e.getValidUnsentAddresses()));
        return bad.isEmpty() ? "" : " (not sent to " + String.join(", ", bad) + ")";
    }

    private static List<String> addresses(Address[] list) {
        if (list == null) return List.of();
        return Arrays.stream(list).map(a -> a instanceof InternetAddress ia ? ia.getAddress() : a.toString()).toList();
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t;
    }

    static String firstLine(String s) {
        if (s == null) return "";
        return s.strip().lines().findFirst().orElse("").strip();
    }

    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) return true;
        try {
            return InetAddress.ofLiteral(host).isLoopbackAddress();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
