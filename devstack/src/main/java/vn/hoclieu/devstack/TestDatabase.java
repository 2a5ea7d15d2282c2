package vn.hoclieu.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
    @SuppressWarnings("unused") // kept reachable so the lock lives as long as the JVM
    private static FileLock sharedLock;
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
            EmbeddedDatabase started = EmbeddedDatabase.start(home(), freePort());
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "test-db-stop"));
            server = started;
        }
        return server;
    }

    /**
     * The shared directory when no other test JVM holds it (the usual, sequential build), else a
     * private one: two servers on one data directory would corrupt it.
     */
    private static Path home() {
        Path shared = buildRoot().resolve("target").resolve("test-db");
        try {
            Files.createDirectories(shared);
            FileChannel channel = FileChannel.open(shared.resolve("in-use.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock != null) {
                sharedLock = lock; // held until this JVM exits
                return shared;
            }
            channel.close();
            return buildRoot().resolve("target").resolve("test-db-" + ProcessHandle.current().pid());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reactor root: failsafe and surefire pass it as {@code hoclieu.root}; else the working directory. */
    public static Path buildRoot() {
        return Path.of(System.getProperty("hoclieu.root", ".")).toAbsolutePath().normalize();
    }

    /**
     * A port free now, below Linux's ephemeral range (32768–60999). A port the kernel hands out
     * for listening (port 0) comes from that range, which is also where outgoing connections take
     * their local ports: Payara binds its HTTP port a minute after it was chosen, and a JDBC
     * connection opened meanwhile could own it (Payara then listens nowhere and every probe is
     * refused, as seen on busy runs).
     */
    public static int freePort() {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = random.nextInt(20000, 32000);
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
                return port;
            } catch (IOException taken) {
                // try another one
            }
        }
        throw new UncheckedIOException(new IOException("no free port between 20000 and 32000"));
    }
}
