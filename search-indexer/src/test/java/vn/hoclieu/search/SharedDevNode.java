package vn.hoclieu.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import vn.hoclieu.search.devnode.DevNodeProcess;
import vn.hoclieu.search.devnode.RunningDevNode;

/** One dev node for the test classes that only need a running cluster (started on first use, stopped at JVM exit). */
public final class SharedDevNode {

    private static RunningDevNode node;
    private static SearchConnection connection;

    private SharedDevNode() {
    }

    public static synchronized SearchConnection connection() {
        if (connection == null) {
            try {
                Path module = DevNodeProcess.findModuleDir(Path.of(""));
                Path home = Files.createTempDirectory(Files.createDirectories(module.resolve("target")), "devnode-shared-");
                node = new DevNodeProcess(module, home, freePort()).start();
                node.awaitHealthy(Duration.ofSeconds(120));
                connection = SearchConnection.open(SearchEndpoint.of(node.httpUri()));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    connection.close();
                    node.stop();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return connection;
    }

    /** Removes every materials index (and so the alias): each test class starts from nothing. */
    public static void wipe() {
        try {
            var indices = connection().client().indices();
            for (String name : indices.get(g -> g.index("hoclieu-materials-*")).indices().keySet()) {
                indices.delete(d -> d.index(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
