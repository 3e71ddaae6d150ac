package segbrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import segbrief.UserError;
import segbrief.render.html.SmtpSender;

/** {@code segbrief send FILE.eml --smtp HOST:PORT}: delivers a saved summary email, at most once per recipient. */
@Command(name = "send", mixinStandardHelpOptions = true,
        description = {"Sends a saved summary .eml through an SMTP server.",
                "Credentials come only from the environment: " + SmtpSender.USER_ENV + " and " + SmtpSender.PASSWORD_ENV + ".",
                "Each delivery is recorded in FILE.eml.sent; recipients listed there are skipped unless --force."})
public final class SendCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE.eml", description = "the message written by segbrief run")
    Path eml;

    @Option(names = "--smtp", required = true, paramLabel = "HOST:PORT", converter = Converters.Smtp.class,
            description = "the SMTP server, e.g. smtp.example.com:587")
    HostPort smtp;

    @Option(names = "--starttls", description = "require STARTTLS (encrypt the connection before logging in)")
    boolean starttls;

    @Option(names = "--to", paramLabel = "ADDR", split = ",",
            description = "send to these addresses instead of the message's To and Cc (repeatable)")
    List<String> to = new ArrayList<>();

    @Option(names = "--force", description = "send again to recipients who already received this message")
    boolean force;

    @Spec
    CommandSpec spec;

    private final SmtpSender sender;

    public SendCommand() {
        this(new SmtpSender());
    }

    SendCommand(SmtpSender sender) {
        this.sender = sender;
    }

    @Override
    public Integer call() {
        HostPort server = smtp;
        SmtpSender.Delivery d = sender.send(eml, server.host(), server.port(), starttls, to, force);
        PrintWriter out = spec.commandLine().getOut();
        if (d.sent()) {
            out.println("sent " + eml + " to " + String.join(", ", d.recipients()) + " via " + smtp
                    + (d.skipped().isEmpty() ? "" : " (already had it: " + String.join(", ", d.skipped()) + ")"));
        } else {
            out.println("not sent: " + eml + " was already delivered to " + String.join(", ", d.skipped())
                    + " (see " + d.record().getFileName() + "; use --force to send again)");
        }
        out.flush();
        return 0;
    }

    /** HOST:PORT, with IPv6 literals in brackets ("[::1]:25"). */
    record HostPort(String host, int port) {
        static HostPort parse(String s) {
            String v = s == null ? "" : s.strip();
            int colon = v.lastIndexOf(':');
            String host = colon > 0 ? v.substring(0, colon) : "";
            if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
            int port = -1;
            try {
                if (colon > 0) port = Integer.parseInt(v.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (host.isBlank() || host.contains(":") && !v.startsWith("[") || port < 1 || port > 65535) {
                throw new UserError(UserError.Kind.USAGE, "--smtp", "\"" + v + "\" is not HOST:PORT",
                        "e.g. --smtp smtp.example.com:587 or --smtp [::1]:25");
            }
            return new HostPort(host, port);
        }

        @Override
        public String toString() {
            return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
        }
    }
}
