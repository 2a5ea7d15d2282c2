package vn.hoclieu.launcher.system;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import vn.hoclieu.devstack.TestDatabase;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/**
 * A real SMTP server (GreenMail) in the test JVM for the system stack's application to mail its
 * notifications to; started with the stack, stopped with it.
 */
public final class TestMailServer {

    private static GreenMail server;

    private TestMailServer() {
    }

    static synchronized int port() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(TestDatabase.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server.getSmtp().getPort();
    }

    static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /**
     * Mails received for this address that match, waiting until at least one does or patience
     * runs out (mail leaves the application after its transaction commits, on another thread).
     */
    public static List<MimeMessage> awaitMailTo(String address, Predicate<MimeMessage> matching, Duration patience)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            List<MimeMessage> mails = Arrays.stream(server.getReceivedMessagesForDomain(address)).filter(matching).toList();
            if (!mails.isEmpty() || Instant.now().isAfter(deadline)) {
                return mails;
            }
            Thread.sleep(200);
        }
    }
}
