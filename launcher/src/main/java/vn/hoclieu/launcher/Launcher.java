package vn.hoclieu.launcher;

import vn.hoclieu.core.demo.DemoLogin;
import vn.hoclieu.core.demo.DemoSchool;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./hoclieu run}: starts the whole system on embedded defaults, prints where to go and
 * who to sign in as, and stops everything cleanly on Ctrl-C or SIGTERM.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) throws InterruptedException {
        Instant started = Instant.now();
        StackSettings settings;
        try {
            settings = StackSettings.fromEnvironment(Path.of("").toAbsolutePath(), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("hoclieu: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Stack stack = Stack.prepare(settings, Launcher::say);
        // registered before anything starts: Ctrl-C during start-up must stop what already runs
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            say("stopping…");
            stack.close();
            say("stopped; data kept in " + settings.varDir());
            stopped.countDown();
        }, "hoclieu-stop"));
        try {
            stack.startAll();
        } catch (RuntimeException e) {
            System.err.println("hoclieu: the system did not start: " + e.getMessage());
            System.exit(1);
            return;
        }
        banner(settings, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private static void banner(StackSettings settings, Duration took) {
        StringBuilder text = new StringBuilder()
                .append("\n  HocLieu is running at ").append(settings.appUrl())
                .append("   (ready in ").append(took.toSeconds()).append(" s)\n")
                .append("  Health: ").append(settings.appUrl()).append("health   API: ").append(settings.appUrl())
                .append("api/v1   OpenAPI: ").append(settings.appUrl()).append("openapi\n")
                .append("  Data: ").append(settings.varDir()).append("   Logs: ").append(settings.varDir().resolve("logs")).append('\n');
        if (settings.seedDemo()) {
            text.append("\n  Demo accounts (password for all: ").append(DemoSchool.PASSWORD).append("):\n");
            for (DemoLogin login : DemoSchool.LOGINS) {
                text.append(String.format("    %-10s %-16s %-15s%s%n", login.username(), login.role(), login.displayName(),
                        login.className() == null ? "" : " lớp " + login.className()));
            }
        }
        text.append("\n  Press Ctrl-C to stop.\n");
        System.out.println(text);
    }

    private static void say(String line) {
        System.out.println("[hoclieu] " + line);
    }
}
