package segbrief.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import segbrief.TestData;
import segbrief.archive.Outbox;
import segbrief.render.html.SmtpAttempt;
import segbrief.spec.SpecLoader;

/**
 * Delivery exactly once, against a real SMTP server (GreenMail) behind a proxy that refuses one address and
 * answers another "try later" once: the others are delivered, a rerun delivers only what failed, nothing twice.
 */
class DispatchTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    GreenMail mail;
    RefusingSmtpProxy proxy;
    final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        proxy = new RefusingSmtpProxy(mail.getSmtp().getPort());
        StringBuilder csv = new StringBuilder("customer,region,store,amount\n");
        String[] regions = {"North", "South", "West"};
        for (int i = 0; i < 90; i++) {
            String r = regions[i % 3];
            csv.append(r.toLowerCase()).append(i % 30).append(',').append(r).append(',').append(r).append("-store-").append(i % 2)
                    .append(',').append(10 + i).append(".50\n");
        }
        TestData.write(dir, "sales.csv", csv.toString());
        spec("West");
    }

    void spec(String westTitle) {
        TestData.write(dir, "brief.yaml", """
                title: Store sales
                name: stores
                sources: [{file: sales.csv}]
                customer_id: customer
                measures: [{column: amount, label: Revenue, kind: money}]
                dimensions: [store]
                email: {from: briefs@example.com, to: [ceo@example.com]}
                recipients:
                  - {name: North, to: [north@example.com, north2@example.com], filter: {region: North}}
                  - {name: South, to: south@example.com, filter: {region: South}}
                  - {name: West, to: west@example.com, filter: {region: West}, title: %s}
                """.formatted(westTitle));
    }

    @AfterEach
    void stop() throws Exception {
        proxy.close();
        mail.stop();
    }

    List<RunOutputs.Written> write() {
        var run = new BriefPipeline(new Timings()).run(SpecLoader.load(dir.resolve("brief.yaml")), new BriefPipeline.Options(null, null, "1GB"));
        return RunOutputs.write(run, Outputs.emailOptions(run.overall().spec(), null, null, null), dir.resolve("out"), new Timings());
    }

    Dispatch.Result send(List<RunOutputs.Written> briefs, boolean resend) {
        return new Dispatch(new SmtpAttempt(Map.of()), CLOCK, List.of(Duration.ofSeconds(2), Duration.ofSeconds(8)), pauses::add)
                .send(briefs, briefs.getFirst().folder(), new Dispatch.Server("127.0.0.1", proxy.port(), false), resend);
    }

    /** Each mailbox GreenMail holds (one per envelope recipient) and the subjects of its messages. */
    Map<String, List<String>> inboxes() throws Exception {
        Map<String, List<String>> out = new TreeMap<>();
        for (var user : mail.getUserManager().listUser()) {
            List<String> subjects = new ArrayList<>();
            for (var msg : mail.getUserManager().getImapHostManager().getInbox(user).getMessages()) {
                subjects.add(msg.getMimeMessage().getSubject());
            }
            out.put(user.getEmail(), subjects);
        }
        return out;
    }

    @Test
    void a_refused_address_does_not_stop_the_others_and_a_rerun_delivers_it_alone_once_accepted() throws Exception {
        proxy.refused.add("south@example.com");
        proxy.failOnce.add("west@example.com");
        var first = send(write(), false);

        assertThat(first.delivered()).containsExactlyInAnyOrder("ceo@example.com", "north@example.com", "north2@example.com", "west@example.com");
        assertThat(first.failed()).containsExactly("south@example.com: 550 5.1.1 <south@example.com>: mailbox unavailable");
        assertThat(pauses).containsExactly(Duration.ofSeconds(2));
        assertThat(inboxes()).containsOnlyKeys("ceo@example.com", "north@example.com", "north2@example.com", "west@example.com");
        assertThat(inboxes().get("west@example.com")).containsExactly("West – All data");

        proxy.refused.clear();
        var second = send(write(), false);
        assertThat(second.delivered()).containsExactly("south@example.com");
        assertThat(second.already()).containsExactlyInAnyOrder("ceo@example.com", "north@example.com", "north2@example.com", "west@example.com");
        assertThat(second.failed()).isEmpty();

        var third = send(write(), false);
        assertThat(third.delivered()).isEmpty();
        for (var e : inboxes().entrySet()) assertThat(e.getValue()).as(e.getKey()).hasSize(1);
        assertThat(inboxes().get("south@example.com")).containsExactly("Store sales · South – All data");
    }

    @Test
    void the_outbox_records_each_outcome_with_the_hash_message_id_reply_and_time() throws Exception {
        proxy.refused.add("south@example.com");
        var briefs = write();
        var result = send(briefs, false);
        List<Outbox.Entry> entries;
        try (Outbox o = Outbox.open(briefs.getFirst().folder())) {
            entries = o.entries();
        }
        assertThat(result.outbox()).isEqualTo(briefs.getFirst().folder().resolve("outbox.json"));
        Outbox.Entry south = entries.stream().filter(e -> e.address().equals("south@example.com")).findFirst().orElseThrow();
        assertThat(south.recipient()).isEqualTo("South");
        assertThat(south.folder()).isEqualTo("south");
        assertThat(south.status()).isEqualTo("refused");
        assertThat(south.reply()).startsWith("550");
        assertThat(south.time()).isEqualTo("2024-01-02T08:00:00Z");
        assertThat(south.sha256()).isEqualTo(sha256(briefs.get(2).eml()));
        assertThat(south.messageId()).isEqualTo(SmtpAttempt.messageId(briefs.get(2).eml()));
        Outbox.Entry ceo = entries.stream().filter(e -> e.address().equals("ceo@example.com")).findFirst().orElseThrow();
        assertThat(ceo.recipient()).isNull();
        assertThat(ceo.status()).isEqualTo("delivered");
        assertThat(ceo.reply()).startsWith("250");
        // no clock in the briefs: the time is in the outbox alone
        assertThat(Files.readString(briefs.get(2).folder().resolve("metrics.json"))).doesNotContain("2024-01-02");
    }

    @Test
    void a_changed_brief_is_sent_again_only_with_resend() throws Exception {
        send(write(), false);
        spec("West coast");
        var changed = send(write(), false);
        assertThat(changed.held()).containsExactly("west@example.com");
        assertThat(changed.delivered()).isEmpty();
        var resent = send(write(), true);
        assertThat(resent.delivered()).containsExactly("west@example.com");
        assertThat(inboxes().get("west@example.com")).containsExactly("West – All data", "West coast – All data");
    }

    @Test
    void a_dropped_connection_is_retried_within_the_run() throws Exception {
        proxy.dropAtNextData = true;
        var result = send(write(), false);
        assertThat(result.failed()).isEmpty();
        assertThat(pauses).hasSize(1);
        for (var e : inboxes().entrySet()) assertThat(e.getValue()).as(e.getKey()).hasSize(1);
    }

    @Test
    void the_command_line_exits_6_with_one_line_naming_the_failures_and_the_outbox() {
        proxy.refused.add("south@example.com");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = segbrief.cli.Main.run(new String[]{"run", dir.resolve("brief.yaml").toString(), "--out", dir.resolve("cli").toString(),
                "--send", "--smtp", "127.0.0.1:" + proxy.port()}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(code).isEqualTo(6);
        assertThat(err.toString().lines().toList()).containsExactly("segbrief: " + dir.resolve("cli/stores/all/outbox.json").toAbsolutePath()
                + ": 1 delivery failed, first south@example.com: 550 5.1.1 <south@example.com>: mailbox unavailable"
                + " (run again with --send to retry only those; the others are not sent twice)");
        assertThat(out.toString()).contains("sent to ceo@example.com, north@example.com, north2@example.com, west@example.com");
    }

    private static String sha256(Path p) throws Exception {
        return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
