package vn.hoclieu.search.devnode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Starts the development Elasticsearch node (a real ES 9 node built from Maven Central jars) in
 * a child JVM. Pure JDK on purpose: this class ships in the jar, the ES server classes do not;
 * the child runs from the search-indexer module's {@code target/classes} and
 * {@code target/devnode.classpath} (written by {@code mvn package}).
 *
 * <pre>{@code
 * RunningDevNode node = new DevNodeProcess(moduleDir, home, 9200).start();
 * node.awaitHealthy(Duration.ofSeconds(60));
 * ...
 * node.stop();
 * }</pre>
 */
public final class DevNodeProcess {

    static final String MAIN_CLASS = "vn.hoclieu.search.devnode.server.DevNodeMain";
    static final List<String> LIBZSTD_DIRS = List.of(
        "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/lib/aarch64-linux-gnu",
        "/usr/lib64", "/lib64", "/usr/lib", "/usr/local/lib");

    private final Path moduleDir;
    private final Path home;
    private final int httpPort;

    /**
     * @param moduleDir the search-indexer module directory (holding {@code target/classes})
     * @param home      the node's home: data, logs, config, tmp and native links go below it
     * @param httpPort  the HTTP port on 127.0.0.1
     */
    public DevNodeProcess(Path moduleDir, Path home, int httpPort) {
        this.moduleDir = moduleDir.toAbsolutePath().normalize();
        this.home = home.toAbsolutePath().normalize();
        this.httpPort = httpPort;
    }

    /** Starts the child JVM; it keeps running until {@link RunningDevNode#stop()} or our own JVM ends. */
    public RunningDevNode start() throws IOException {
        List<String> command = command();
        requireFreePort(httpPort);
        Files.createDirectories(home.resolve("logs"));
        Files.createDirectories(home.resolve("tmp"));
        linkLibzstd(home.resolve("native"));
        Path out = home.resolve("logs").resolve("devnode.out");
        Process process = new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start(); // stdin stays a pipe we hold: the child exits when it closes (--exit-on-stdin-eof)
        return new RunningDevNode(process, httpPort, out);
    }

    /** The child's command line; fails with a clear message when the module was not packaged. */
    public List<String> command() {
        Path classes = moduleDir.resolve("target/classes");
        Path classpathFile = moduleDir.resolve("target/devnode.classpath");
        if (!Files.isRegularFile(classpathFile) || !Files.isDirectory(classes)) {
            throw new IllegalStateException("No dev node classpath at " + classpathFile
                + ": build search-indexer first: mvn package -pl search-indexer -am -DskipTests");
        }
        String dependencies = read(classpathFile).strip();
        List<String> command = new ArrayList<>(List.of(
            javaBinary(),
            "-Xms256m", "-Xmx512m",
            "--add-modules", "jdk.incubator.vector",
            "--enable-native-access=ALL-UNNAMED",
            // ES loads zstd from here (not from the system path); without it best_compression fails
            "-Des.nativelibs.path=" + home.resolve("native"),
            // the vector library is an ES distribution native, absent from Maven Central
            "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
            "-Djava.io.tmpdir=" + home.resolve("tmp"),
            // the distribution's own defaults (jvm.options) that matter on this path
            "-Dio.netty.noUnsafe=true", "-Dio.netty.noKeySetOptimization=true",
            "-Dio.netty.recycler.maxCapacityPerThread=0",
            "-Dlog4j2.formatMsgNoLookups=true", "-Dfile.encoding=UTF-8", "-Djava.locale.providers=CLDR",
            "-cp", classes + (dependencies.isEmpty() ? "" : java.io.File.pathSeparator + dependencies),
            MAIN_CLASS,
            "--home", home.toString(),
            "--http-port", Integer.toString(httpPort),
            "--exit-on-stdin-eof"));
        return List.copyOf(command);
    }

    /**
     * Another node already answering on the port would make {@link RunningDevNode#awaitHealthy}
     * report that one healthy while ours fails to bind: refuse early instead.
     */
    static void requireFreePort(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " on 127.0.0.1 is in use (another Elasticsearch?): " + e.getMessage(), e);
        }
    }

    public Path home() {
        return home;
    }

    public int httpPort() {
        return httpPort;
    }

    /** The JDK running us (Temurin 25 in the build); the child needs 21+ like we do. */
    static String javaBinary() {
        Optional<String> current = ProcessHandle.current().info().command().filter(c -> Path.of(c).getFileName().toString().equals("java"));
        return current.orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** ES wants {@code libzstd.so} in its own native dir; Debian ships only {@code libzstd.so.1}. */
    static void linkLibzstd(Path nativeDir) throws IOException {
        Files.createDirectories(nativeDir);
        Path link = nativeDir.resolve("libzstd.so");
        Path target = findSystemLibzstd().orElseThrow(() -> new IllegalStateException(
            "libzstd.so.1 not found in " + LIBZSTD_DIRS + ": install the zstd library (Debian: apt-get install libzstd1)"));
        if (Files.isSymbolicLink(link) && Files.readSymbolicLink(link).equals(target)) {
            return;
        }
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, target);
    }

    static Optional<Path> findSystemLibzstd() {
        return LIBZSTD_DIRS.stream().map(d -> Path.of(d, "libzstd.so.1")).filter(Files::exists).findFirst();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The search-indexer module directory seen from a project root or from the module itself. */
    public static Path findModuleDir(Path start) {
        Path dir = start.toAbsolutePath().normalize();
        return Stream.of(dir, dir.resolve("search-indexer"))
            .filter(d -> d.getFileName() != null && d.getFileName().toString().equals("search-indexer") && Files.isRegularFile(d.resolve("pom.xml")))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("search-indexer module not found from " + dir));
    }
}
