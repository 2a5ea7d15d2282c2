package vn.hoclieu.launcher;

import vn.hoclieu.devstack.Directories;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines of the stack's Java processes. */
final class Commands {

    /** Payara's keep-alive of an idle connection (see the last pre-boot command). */
    static final int KEEP_ALIVE_SECONDS = 180;

    /**
     * Turns on gzip for text responses (pages, scripts, styles, JSON): PrimeFaces pages shrink to
     * a fraction on the slow links our pupils use.
     */
    // applied before boot: as post-boot commands each "set" restarted the HTTP listener while the
    // next one did the same, and now and then the listener ended up bound to nothing
    static final List<String> PAYARA_PREBOOT = List.of(
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression=on",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compression-min-size-bytes=1024",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.compressable-mime-type="
                    + "text/html,text/xml,text/plain,text/css,text/javascript,application/javascript,application/json,"
                    + "application/xml,application/xhtml+xml,image/svg+xml",
            // the session cookie gets SameSite=Lax from the listener itself (Grizzly ignores the servlet attribute)
            // (Payara 7.2026.11 then writes the attribute twice, "SameSite=Lax;SameSite=Lax": harmless, browsers read it once)
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-enabled=true",
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.cookie-same-site-value=Lax",
            // keep-alive: Grizzly takes a connection off its idle timer only when a worker thread reads
            // the request, so a request queued behind a whole district's synchronized starts counted as
            // idle time, and at the default 30 s (also the JDK client's own keep-alive) its connection
            // was closed under it: the "no bytes" IOExceptions of bench/quiz at N = 2,000. Longer than
            // any client keeps an idle connection (JDK 30 s, Firefox 115 s) plus a queue: the client closes first.
            "set configs.config.server-config.network-config.protocols.protocol.http-listener.http.timeout-seconds=" + KEEP_ALIVE_SECONDS);

    private Commands() {
    }

    static List<String> payara(StackSettings settings, BuildOutputs outputs) {
        Path home = settings.varDir().resolve("payara");
        Path preboot = home.resolve("preboot.asadmin");
        // Payara Micro keeps the exploded WAR in its root dir and would serve that stale copy
        // after a rebuild: every start begins from an empty root (the preboot file re-applies our settings)
        Directories.deleteRecursively(home.resolve("root"));
        write(preboot, String.join("\n", PAYARA_PREBOOT) + "\n");
        createDirectories(home.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(java(), "-Xms256m", "-Xmx768m",
                "-Djava.io.tmpdir=" + home.resolve("tmp"),
                // Vietnam time; the JVM's locale stays neutral (in vi_VN Payara prints "72.071 ms" for 72 s)
                "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-Dfile.encoding=UTF-8"));
        command.addAll(applicationProperties(settings));
        settings.applicationProperties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-Dhoclieu.es.url=" + settings.elasticsearchUrl(),
                "-Dhoclieu.seed.demo=" + settings.seedDemo(),
                "-jar", outputs.payaraMicro().toString(),
                "--deploy", outputs.war().toString(),
                "--contextroot", "/",
                "--port", Integer.toString(settings.httpPort()),
                "--nocluster",
                "--rootdir", home.resolve("root").toString(),
                "--prebootcommandfile", preboot.toString()));
        return command;
    }

    static List<String> worker(StackSettings settings, BuildOutputs outputs) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xms32m", "-Xmx256m", "--enable-native-access=ALL-UNNAMED",
                "-Djava.io.tmpdir=" + createDirectories(settings.varDir().resolve("worker/tmp")),
                "-Dfile.encoding=UTF-8",
                "-Dhoclieu.worker.id=worker-1@" + hostName(),
                // FFmpeg's native libraries unpack here once, not into the user's home
                "-Dorg.bytedeco.javacpp.cachedir=" + settings.varDir().resolve("javacpp")));
        command.addAll(applicationProperties(settings));
        command.addAll(List.of("-cp", outputs.workerClasspath(), "vn.hoclieu.content.ingest.worker.IngestWorkerMain"));
        return command;
    }

    private static List<String> applicationProperties(StackSettings settings) {
        StackSettings.Database db = settings.database();
        return List.of("-Dhoclieu.db.url=" + db.url(), "-Dhoclieu.db.user=" + db.user(), "-Dhoclieu.db.password=" + db.password(),
                "-Dhoclieu.blobs.dir=" + settings.varDir().resolve("blobs"));
    }

    /** The JDK that runs the launcher runs every child too (the hoclieu script picks one ≥ 21). */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "localhost";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
