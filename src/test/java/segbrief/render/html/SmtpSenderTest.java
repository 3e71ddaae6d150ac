package segbrief.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.UserError;
import segbrief.brief.Brief;
import segbrief.chart.ChartRenderer;

/** Sends through a real SMTP server (GreenMail) started on a free loopback port for each test. */
class SmtpSenderTest {
    static final String HOST = "127.0.0.1";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    GreenMail mail;
    Path eml;
    byte[] emlBytes;

    @BeforeEach
    void start() throws IOException {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("briefs@example.com", "briefs", "right"));
        mail.start();
        Brief brief = SampleBrief.crowdfunding();
        emlBytes = HtmlRenderer.toBytes(new HtmlRenderer(new ChartRenderer(brief.formats()))
                .email(brief, EmailMessageTest.OPTIONS, EmailMessageTest.PDF));
        eml = Files.write(dir.resolve("summary.eml"), emlBytes);
    }

    @AfterEach
    void stop() {
        mail.stop();
    }

    int port() { return mail.getSmtp().getPort(); }

    SmtpSender sender() { return new SmtpSender(Map.of(), CLOCK); }

    @Test
    void the_message_arrives_with_its_parts_and_images_intact() throws Exception {
        SmtpSender.Delivery d = sender().send(eml, HOST, port(), false, List.of());

        assertThat(d.sent()).isTrue();
        assertThat(d.recipients()).containsExactly("ceo@example.com", "cfo@example.com");
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        Mime original = Mime.parse(emlBytes);
        for (MimeMessage m : received) {
            Mime got = Mime.of(m);
            assertThat(m.getMessageID()).isEqualTo(original.message().getMessageID());
            assertThat(m.getSubject()).isEqualTo("Crowdfunding donations – 2023");
            assertThat(got.html()).isEqualTo(original.html());
            assertThat(got.text()).isEqualTo(original.text());
            assertThat(got.inlineImages()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(Mime.cid(got.inlineImages().get(i))).isEqualTo(Mime.cid(original.inlineImages().get(i)));
                assertThat(bytes(got.inlineImages().get(i))).isEqualTo(bytes(original.inlineImages().get(i)));
            }
            assertThat(bytes(got.mixed().getBodyPart(1))).isEqualTo(EmailMessageTest.PDF);
        }
    }

    @Test
    void a_retry_does_not_send_twice_unless_forced() throws Exception {
        sender().send(eml, HOST, port(), false, List.of());
        SmtpSender.Delivery again = sender().send(eml, HOST, port(), false, List.of());

        assertThat(again.sent()).isFalse();
        assertThat(again.skipped()).containsExactly("ceo@example.com", "cfo@example.com");
        assertThat(mail.getReceivedMessages()).hasSize(2);
        assertThat(Files.readAllLines(dir.resolve("summary.eml.sent"))).hasSize(2).allSatisfy(line ->
                assertThat(line).startsWith("sent\t2024-01-02T08:00:00Z\t<").matches(".*\t(ceo|cfo)@example\\.com"));

        SmtpSender.Delivery forced = sender().send(eml, HOST, port(), false, List.of(), true);
        assertThat(forced.sent()).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(4);
    }

    @Test
    void a_retry_sends_only_to_recipients_who_have_not_had_it() throws Exception {
        sender().send(eml, HOST, port(), false, List.of("ceo@example.com"));
        SmtpSender.Delivery rest = sender().send(eml, HOST, port(), false, List.of());

        assertThat(rest.recipients()).containsExactly("cfo@example.com");
        assertThat(rest.skipped()).containsExactly("ceo@example.com");
        assertThat(Arrays.stream(mail.getReceivedMessages()).map(this::envelopeTo)).hasSize(2);
    }

    @Test
    void a_send_that_overlaps_a_running_one_is_refused() throws Exception {
        try (DeliveryLog.Lock _ = new DeliveryLog(eml).lock()) {
            assertThatThrownBy(() -> sender().send(eml, HOST, port(), false, List.of()))
                    .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine())
                            .isEqualTo(eml + ".sent.lock: another send of this message is running"
                                    + " (wait for it to finish, then run again: recipients it reached are skipped)"));
        }
        assertThat(mail.getReceivedMessages()).isEmpty();
        assertThat(sender().send(eml, HOST, port(), false, List.of()).sent()).isTrue();
        assertThat(dir.resolve("summary.eml.sent.lock")).doesNotExist();
    }

    @Test
    void override_recipients_replace_the_messages_own() throws Exception {
        SmtpSender.Delivery d = sender().send(eml, HOST, port(), false, List.of("board@example.org"));

        assertThat(d.recipients()).containsExactly("board@example.org");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getUserManager().getUserByEmail("board@example.org")).isNotNull();
        assertThat(mail.getUserManager().getUserByEmail("ceo@example.com")).isNull();
    }

    @Test
    void a_refused_connection_is_one_clear_line_and_nothing_is_recorded() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        int port = closed;

        assertThatThrownBy(() -> sender().send(eml, HOST, port, false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.kind()).isEqualTo(UserError.Kind.DELIVERY);
                    assertThat(e.exitCode()).isEqualTo(6);
                    assertThat(e.oneLine()).isEqualTo(eml + ": could not connect to the SMTP server 127.0.0.1:" + port
                            + " (Connection refused) (is the server running and the port right?)");
                });
        assertThat(dir.resolve("summary.eml.sent")).doesNotExist();
    }

    @Test
    void a_rejected_login_is_one_clear_line() {
        SmtpSender wrong = new SmtpSender(Map.of(SmtpSender.USER_ENV, "briefs", SmtpSender.PASSWORD_ENV, "wrong"), CLOCK);

        assertThatThrownBy(() -> wrong.send(eml, HOST, port(), false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.kind()).isEqualTo(UserError.Kind.DELIVERY);
                    assertThat(e.oneLine()).isEqualTo(eml + ": the SMTP server 127.0.0.1:" + port()
                            + " rejected the login as \"briefs\" (check SEGBRIEF_SMTP_USER and SEGBRIEF_SMTP_PASSWORD)");
                });
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void the_right_login_sends() {
        SmtpSender right = new SmtpSender(Map.of(SmtpSender.USER_ENV, "briefs", SmtpSender.PASSWORD_ENV, "right"), CLOCK);

        assertThat(right.send(eml, HOST, port(), false, List.of()).sent()).isTrue();
        assertThat(mail.getReceivedMessages()).hasSize(2);
    }

    @Test
    void an_unknown_host_is_one_clear_line() {
        assertThatThrownBy(() -> sender().send(eml, "smtp.invalid", 25, false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine())
                        .isEqualTo(eml + ": unknown SMTP host \"smtp.invalid\" (check the host in --smtp HOST:PORT)"));
    }

    @Test
    void a_truncated_message_is_refused_before_connecting() throws IOException {
        Path half = Files.write(dir.resolve("half.eml"), Arrays.copyOf(emlBytes, emlBytes.length / 2));

        assertThatThrownBy(() -> sender().send(half, HOST, port(), false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.kind()).isEqualTo(UserError.Kind.USAGE);
                    assertThat(e.oneLine()).contains("half.eml: is not a complete message", "nothing was sent");
                });
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    @Test
    void a_missing_file_is_a_usage_error() {
        Path none = dir.resolve("none.eml");

        assertThatThrownBy(() -> sender().send(none, HOST, port(), false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine())
                        .startsWith(none + ": cannot read the message: NoSuchFileException"));
    }

    @Test
    void the_password_is_never_sent_unencrypted_to_a_remote_host() {
        SmtpSender withLogin = new SmtpSender(Map.of(SmtpSender.USER_ENV, "briefs", SmtpSender.PASSWORD_ENV, "right"), CLOCK);

        assertThatThrownBy(() -> withLogin.send(eml, "smtp.example.com", 587, false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.oneLine()).isEqualTo(
                        eml + ": refusing to send the SMTP password unencrypted to smtp.example.com (add --starttls)"));
    }

    @Test
    void a_user_without_a_password_is_a_usage_error() {
        SmtpSender half = new SmtpSender(Map.of(SmtpSender.USER_ENV, "briefs"), CLOCK);

        assertThatThrownBy(() -> half.send(eml, HOST, port(), false, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> assertThat(e.kind()).isEqualTo(UserError.Kind.USAGE));
    }

    @Test
    void starttls_is_required_when_asked_and_a_server_without_it_is_refused() {
        assertThatThrownBy(() -> sender().send(eml, HOST, port(), true, List.of()))
                .isInstanceOfSatisfying(UserError.class, e -> {
                    assertThat(e.kind()).isEqualTo(UserError.Kind.DELIVERY);
                    assertThat(e.oneLine()).isEqualTo(eml + ": the SMTP server 127.0.0.1:" + port() + " does not offer STARTTLS"
                            + " (use the server's submission port (often 587), or leave out --starttls only on a trusted network)");
                });
        assertThat(mail.getReceivedMessages()).isEmpty();
    }

    private String envelopeTo(MimeMessage m) {
        try {
            return m.getRecipients(MimeMessage.RecipientType.TO)[0].toString();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static byte[] bytes(BodyPart p) throws Exception {
        return p.getInputStream().readAllBytes();
    }
}
