package segbrief.render.html;

import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPAddressSucceededException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import segbrief.UserError;

/**
 * One attempt to hand a saved .eml to an SMTP server for some addresses, with the server's answer for each: accepted,
 * refused for good (5xx), or not now (4xx, or the connection failed). It never throws for one address's trouble;
 * a wrong login or a refused plain-text password is the user's to fix and stops the run.
 */
public final class SmtpAttempt {
    public enum Status { DELIVERED, REFUSED, TEMPORARY }

    /** What the server said about one address ("250 OK", "550 5.1.1 no such user", "connection lost: ..."). */
    public record Outcome(String address, Status status, String reply) {}

    private final Map<String, String> env;

    public SmtpAttempt(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The Message-ID of a saved message (checked whole first, like every send). */
    public static String messageId(Path eml) {
        MimeMessage m = SmtpSender.read(Session.getInstance(new Properties()), eml);
        return SmtpSender.messageId(m, eml.toString());
    }

    public List<Outcome> send(Path eml, String host, int port, boolean starttls, List<String> addresses) {
        String where = eml.toString();
        String user = SmtpSender.blankToNull(env.get(SmtpSender.USER_ENV));
        String password = env.get(SmtpSender.PASSWORD_ENV);
        if (user != null && password == null) {
            throw new UserError(UserError.Kind.USAGE, where, SmtpSender.USER_ENV + " is set but " + SmtpSender.PASSWORD_ENV
                    + " is not", "set both, or neither for a server without login");
        }
        if (user != null && !starttls && !SmtpSender.isLoopback(host)) {
            throw new UserError(UserError.Kind.USAGE, where, "refusing to send the SMTP password unencrypted to " + host, "add --starttls");
        }
        Properties p = SmtpSender.properties(host, port, starttls, user != null);
        // Deliver to the addresses the server accepts even when it refuses others, and report each one's reply.
        p.setProperty("mail.smtp.sendpartial", "true");
        p.setProperty("mail.smtp.reportsuccess", "true");
        Session session = Session.getInstance(p);
        MimeMessage message = SmtpSender.read(session, eml);
        List<InternetAddress> to = new ArrayList<>();
        for (String a : addresses) to.add(EmailMessage.address(UserError.Kind.USAGE, where, a));
        Map<String, Outcome> out = new LinkedHashMap<>();
        Transport t = null;
        try {
            t = session.getTransport("smtp");
            t.connect(host, port, user, password);
            t.sendMessage(message, to.toArray(Address[]::new));
            for (InternetAddress a : to) out.put(key(a), new Outcome(a.getAddress(), Status.DELIVERED, "250"));
        } catch (AuthenticationFailedException e) {
            throw SmtpSender.failure(e, host, port, user, where);
        } catch (SendFailedException e) {
            read(e, to, out);
        } catch (MessagingException e) {
            String why = "not sent: " + SmtpSender.failure(e, host, port, user, where).getMessage();
            for (InternetAddress a : to) out.put(key(a), new Outcome(a.getAddress(), Status.TEMPORARY, why));
        } finally {
            if (t != null) {
                try {
                    t.close();
                } catch (MessagingException ignored) {
                    // the replies above already say what the server took
                }
            }
        }
        List<Outcome> list = new ArrayList<>();
        for (InternetAddress a : to) {
            list.add(out.getOrDefault(key(a), new Outcome(a.getAddress(), Status.TEMPORARY, "no reply from the server")));
        }
        return list;
    }

    /** Walks the chain of per-address replies; the message's own failure (after DATA) applies to every accepted one. */
    private static void read(SendFailedException e, List<InternetAddress> to, Map<String, Outcome> out) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (Exception x = e; x != null; x = x instanceof MessagingException m ? m.getNextException() : null) {
            if (x instanceof SMTPAddressSucceededException s) {
                accepted.put(key(s.getAddress()), reply(s.getReturnCode(), s.getMessage()));
            } else if (x instanceof SMTPAddressFailedException f) {
                out.put(key(f.getAddress()), new Outcome(f.getAddress().getAddress(),
                        f.getReturnCode() >= 500 ? Status.REFUSED : Status.TEMPORARY, reply(f.getReturnCode(), f.getMessage())));
            }
        }
        Address[] sent = e.getValidSentAddresses();
        boolean messageFailed = e instanceof SMTPSendFailedException sf && sf.getReturnCode() >= 400
                && (sent == null || sent.length == 0);
        for (InternetAddress a : to) {
            String k = key(a);
            if (out.containsKey(k)) continue;
            if (messageFailed) {
                SMTPSendFailedException sf = (SMTPSendFailedException) e;
                out.put(k, new Outcome(a.getAddress(), sf.getReturnCode() >= 500 ? Status.REFUSED : Status.TEMPORARY,
                        reply(sf.getReturnCode(), sf.getMessage())));
            } else if (contains(sent, a)) {
                out.put(k, new Outcome(a.getAddress(), Status.DELIVERED, accepted.getOrDefault(k, "250")));
            }
        }
    }

    private static boolean contains(Address[] list, InternetAddress a) {
        if (list == null) return false;
        for (Address x : list) if (x instanceof InternetAddress ia && key(ia).equals(key(a))) return true;
        return false;
    }

    private static String reply(int code, String message) {
        String m = SmtpSender.firstLine(message);
        return m.startsWith(Integer.toString(code)) ? m : code + " " + m;
    }

    private static String key(InternetAddress a) {
        return a.getAddress().toLowerCase(Locale.ROOT);
    }
}
