package segbrief.pipeline;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sits between the client and a real SMTP server (GreenMail, which accepts every recipient) and plays a stricter
 * server: it refuses some addresses for good (550), answers others "try later" once (451), and can drop the
 * connection at the next DATA. Everything else passes through to GreenMail unchanged.
 */
final class RefusingSmtpProxy implements AutoCloseable {
    private static final Pattern RCPT = Pattern.compile("(?i)RCPT TO:\\s?<([^>]*)>.*");

    final Set<String> refused = ConcurrentHashMap.newKeySet();
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    volatile boolean dropAtNextData;
    private final ServerSocket server;
    private final int upstream;
    private final Thread loop;

    RefusingSmtpProxy(int upstreamPort) throws IOException {
        this.upstream = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.loop = Thread.ofVirtual().start(this::accept);
    }

    int port() { return server.getLocalPort(); }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Thread.ofVirtual().start(() -> relay(client));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket up = new Socket(InetAddress.getLoopbackAddress(), upstream)) {
            InputStream cin = new BufferedInputStream(client.getInputStream());
            OutputStream cout = client.getOutputStream();
            InputStream uin = new BufferedInputStream(up.getInputStream());
            OutputStream uout = up.getOutputStream();
            reply(uin, cout);
            String line;
            while ((line = line(cin)) != null) {
                Matcher m = RCPT.matcher(line);
                if (m.matches()) {
                    String a = m.group(1).toLowerCase(Locale.ROOT);
                    if (refused.contains(a)) {
                        write(cout, "550 5.1.1 <" + a + ">: mailbox unavailable");
                        continue;
                    }
                    if (failOnce.remove(a)) {
                        write(cout, "451 4.3.0 <" + a + ">: try again later");
                        continue;
                    }
                }
                if (line.equalsIgnoreCase("DATA") && dropAtNextData) {
                    dropAtNextData = false;
                    return; // the connection drops: both sockets close
                }
                write(uout, line);
                String answer = reply(uin, cout);
                if (line.equalsIgnoreCase("DATA") && answer.startsWith("354")) {
                    String body;
                    while ((body = line(cin)) != null) {
                        write(uout, body);
                        if (body.equals(".")) break;
                    }
                    reply(uin, cout);
                }
                if (line.equalsIgnoreCase("QUIT")) return;
            }
        } catch (IOException e) {
            // the client or the server went away: this connection is over
        }
    }

    /** Copies one (possibly multi-line) reply from the server to the client and returns its last line. */
    private static String reply(InputStream in, OutputStream out) throws IOException {
        String l;
        do {
            l = line(in);
            if (l == null) throw new IOException("server closed");
            write(out, l);
        } while (l.length() > 3 && l.charAt(3) == '-');
        return l;
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') break;
            b.write(c);
        }
        if (c == -1 && b.size() == 0) return null;
        String s = b.toString(StandardCharsets.ISO_8859_1);
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }

    private static void write(OutputStream out, String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        loop.interrupt();
    }
}
