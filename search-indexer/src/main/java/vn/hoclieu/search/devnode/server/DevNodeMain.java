package vn.hoclieu.search.devnode.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.elasticsearch.common.logging.LogConfigurator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.node.ClasspathPluginNode;
import org.elasticsearch.node.InternalSettingsPreparer;
import org.elasticsearch.node.Node;
import org.elasticsearch.transport.netty4.Netty4Plugin;

/**
 * Main class of the development Elasticsearch node: one real single-node ES 9 cluster on
 * 127.0.0.1, data under {@code <home>/data}, logs under {@code <home>/logs}. Started in its own JVM
 * by {@code vn.hoclieu.search.devnode.DevNodeProcess}; not for production (no bootstrap checks).
 *
 * <p>Arguments: {@code --home <dir> --http-port <n> [--exit-on-stdin-eof]}. The last one makes the
 * node close when its parent process dies (the parent holds our stdin pipe), so a crashed build or
 * launcher leaves no orphan node holding the port and the data lock.
 */
public final class DevNodeMain {

    static final String CLUSTER_NAME = "hoclieu-dev";
    static final String TRANSPORT_PORTS = "9400-9499"; // 9300 may belong to another node on the machine

    private DevNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        // Before anything touches log4j: ES closes logging itself after the node (see shutdown hook).
        System.setProperty("log4j.shutdownHookEnabled", "false");
        System.setProperty("log4j2.disable.jmx", "true");

        Arguments arguments = Arguments.parse(args);
        Path home = arguments.home().toAbsolutePath();
        Path config = home.resolve("config");
        Files.createDirectories(config);
        Files.createDirectories(home.resolve("data"));
        Files.createDirectories(home.resolve("logs"));
        writeLogConfiguration(config);

        Environment environment = InternalSettingsPreparer.prepareEnvironment(nodeSettings(home, arguments.httpPort()), java.util.Map.of(), config, () -> CLUSTER_NAME);
        LogConfigurator.registerErrorListener();
        LogConfigurator.setNodeName(CLUSTER_NAME);
        LogConfigurator.configure(environment, true);

        Node node = new ClasspathPluginNode(environment, java.util.List.of(Netty4Plugin.class, StandInModulesPlugin.class));
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeNode(node, closed), "devnode-shutdown"));
        try {
            node.start();
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1); // runs the hook, which releases the data lock
        }
        System.out.println("HocLieu dev node started: http://127.0.0.1:" + arguments.httpPort());
        if (arguments.exitOnStdinEof()) {
            watchParent();
        }
        closed.await();
    }

    static Settings nodeSettings(Path home, int httpPort) {
        return Settings.builder()
            .put("cluster.name", CLUSTER_NAME)
            .put("node.name", CLUSTER_NAME)
            .put("path.home", home.toString())
            .put("path.data", home.resolve("data").toString())
            .put("path.logs", home.resolve("logs").toString())
            .put("discovery.type", "single-node")
            .put("network.host", "127.0.0.1")
            .put("http.port", httpPort)
            .put("transport.port", TRANSPORT_PORTS)
            // a developer's disk is often fuller than 85 %: without this, new shards stay unassigned
            .put("cluster.routing.allocation.disk.threshold_enabled", false)
            .build();
    }

    private static void writeLogConfiguration(Path config) throws IOException {
        // rewritten on every start, so a change to our template reaches existing dev homes
        try (InputStream template = DevNodeMain.class.getResourceAsStream("log4j2.properties")) {
            if (template == null) {
                throw new IllegalStateException("log4j2.properties missing next to " + DevNodeMain.class.getName());
            }
            Files.copy(template, config.resolve("log4j2.properties"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void closeNode(Node node, CountDownLatch closed) {
        try {
            node.close();
            if (node.awaitClose(20, TimeUnit.SECONDS) == false) {
                System.err.println("dev node did not close within 20 s");
            }
        } catch (Exception e) {
            e.printStackTrace();
        } finally {
            org.apache.logging.log4j.LogManager.shutdown();
            closed.countDown();
        }
    }

    private static void watchParent() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() != -1) {
                    // ignore input; we only wait for the pipe to close
                }
            } catch (IOException ignored) {
                // a broken pipe means the same as end of input
            }
            System.out.println("parent process gone (stdin closed): closing the dev node");
            System.exit(0);
        }, "devnode-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    record Arguments(Path home, int httpPort, boolean exitOnStdinEof) {
        static Arguments parse(String[] args) {
            Path home = null;
            Integer port = null;
            boolean exitOnStdinEof = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--home" -> home = Path.of(value(args, ++i, "--home"));
                    case "--http-port" -> port = Integer.parseInt(value(args, ++i, "--http-port"));
                    case "--exit-on-stdin-eof" -> exitOnStdinEof = true;
                    default -> throw new IllegalArgumentException("unknown argument " + args[i] + usage());
                }
            }
            if (home == null || port == null) {
                throw new IllegalArgumentException("missing argument" + usage());
            }
            return new Arguments(home, port, exitOnStdinEof);
        }

        private static String value(String[] args, int i, String name) {
            if (i >= args.length) {
                throw new IllegalArgumentException(name + " needs a value" + usage());
            }
            return args[i];
        }

        private static String usage() {
            return "; usage: DevNodeMain --home <dir> --http-port <n> [--exit-on-stdin-eof]";
        }
    }
}
