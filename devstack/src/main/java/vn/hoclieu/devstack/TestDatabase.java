package vn.hoclieu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Set;

/**
 * The one MariaDB server of a test JVM, started on first use on a free port and stopped when the
 * JVM exits. Its files live below the build's root {@code target/test-db}, so the slow first
 * initialisation happens once per clean build, not once per module (modules' test JVMs run one
 * after the other, each stopping the server when it exits).
 *
 * <p>Each test class asks for its own database by name and gets it empty.
 */
public final class TestDatabase {

    public static final String USER = "hoclieu_test";
    public static final String PASSWORD = "hoclieu_test";

    private static volatile EmbeddedDatabase server;
    private static final Set<String> created = ConcurrentHashMap.newKeySet();

    private TestDatabase() {
    }

    /** A new, empty database called {@code name}; returns its JDBC URL (user {@link #USER}). */
    public static String freshDatabase(String name) {
        server().recreateDatabase(name, USER, PASSWORD);
        created.add(name);
        return server().jdbcUrl(name);
    }

    public static synchronized EmbeddedDatabase server() {
        if (server == null) {
            Path home = buildRoot().resolve("target").resolve("test-db");
            EmbeddedDatabase started = EmbeddedDatabase.start(home, freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-db-stop"));
            server = started;
        }
        return server;
    }

    /** The reactor root: failsafe and surefire pass it as {@code hoclieu.root}; else the working directory. */
    public static Path buildRoot() {
        return Path.of(System.getProperty("hoclieu.root", ".")).toAbsolutePath().normalize();
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
