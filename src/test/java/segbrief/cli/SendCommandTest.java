package segbrief.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import segbrief.UserError;
import segbrief.render.html.SmtpSender;

class SendCommandTest {
    /** A minimal complete message, as a mail client would save it. */
    static final String EML = """
            From: briefs@example.com\r
            To: ceo@example.com\r
            Subject: Crowdfunding donations - 2023\r
            Message-ID: <0123456789abcdef.segbrief@example.com>\r
            MIME-Version: 1.0\r
            Content-Type: text/plain; charset=UTF-8\r
            \r
            Games leads with 165.4k.\r
            """;

    @TempDir
    Path dir;

    final StringWriter out = new StringWriter();

    CommandLine cli() {
        CommandLine cl = new CommandLine(new SendCommand(new SmtpSender(Map.of(), Clock.systemUTC())));
        cl.setOut(new PrintWriter(out));
        return cl;
    }

    @Test
    void sends_once_then_says_it_was_already_sent() throws Exception {
        Path eml = Files.writeString(dir.resolve("summary.eml"), EML);
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            String smtp = "127.0.0.1:" + mail.getSmtp().getPort();

            assertThat(cli().execute(eml.toString(), "--smtp", smtp)).isZero();
            assertThat(cli().execute(eml.toString(), "--smtp", smtp)).isZero();

            assertThat(mail.getReceivedMessages()).hasSize(1);
            assertThat(out.toString().lines().toList()).containsExactly(
                    "sent " + eml + " to ceo@example.com via " + smtp,
                    "not sent: " + eml + " was already delivered to ceo@example.com (see summary.eml.sent; use --force to send again)");
        } finally {
            mail.stop();
        }
    }

    @Test
    void to_is_repeatable_and_comma_separated() {
        SendCommand c = new SendCommand(new SmtpSender(Map.of(), Clock.systemUTC()));
        new CommandLine(c).parseArgs("x.eml", "--smtp", "h:25", "--to", "a@example.com,b@example.com", "--to", "c@example.com",
                "--starttls", "--force");

        assertThat(c.to).containsExactly("a@example.com", "b@example.com", "c@example.com");
        assertThat(c.starttls).isTrue();
        assertThat(c.force).isTrue();
    }

    @Test
    void smtp_must_be_host_colon_port() {
        for (String bad : List.of("smtp.example.com", "smtp.example.com:", ":25", "h:0", "h:70000", "h:x", "::1:25")) {
            assertThatThrownBy(() -> SendCommand.HostPort.parse(bad)).as(bad)
                    .isInstanceOfSatisfying(UserError.class, e -> {
                        assertThat(e.kind()).isEqualTo(UserError.Kind.USAGE);
                        assertThat(e.oneLine()).startsWith("--smtp: \"" + bad + "\" is not HOST:PORT");
                    });
        }
        assertThat(SendCommand.HostPort.parse("smtp.example.com:587")).isEqualTo(new SendCommand.HostPort("smtp.example.com", 587));
        assertThat(SendCommand.HostPort.parse("[::1]:25")).isEqualTo(new SendCommand.HostPort("::1", 25));
    }

    @Test
    void a_delivery_failure_reaches_the_caller_as_a_user_error_with_exit_code_6() throws Exception {
        Path eml = Files.writeString(dir.resolve("summary.eml"), EML);

        CommandLine cl = cli();
        cl.parseArgs(eml.toString(), "--smtp", "smtp.invalid:25");
        SendCommand command = cl.getCommand();

        assertThatThrownBy(command::call)
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.exitCode()).isEqualTo(6));
    }
}
