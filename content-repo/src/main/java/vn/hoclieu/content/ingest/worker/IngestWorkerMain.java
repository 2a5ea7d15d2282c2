package vn.hoclieu.content.ingest.worker;

import vn.hoclieu.content.blob.FileBlobStore;
import vn.hoclieu.content.ingest.file.IngestFileJob;
import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mariadb.jdbc.MariaDbDataSource;
import vn.hoclieu.content.ingest.internal.JobQueue;
import vn.hoclieu.content.ingest.internal.QueueSettings;
import vn.hoclieu.content.ingest.internal.WorkerIdentity;

import java.io.InputStream;
import java.net.InetAddress;
import java.sql.SQLException;
import java.util.Properties;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The ingest worker process: {@code java -cp content-repo/target/classes:$(cat content-repo/target/worker.classpath)
 * vn.hoclieu.content.ingest.worker.IngestWorkerMain}. Configured by system properties or
 * environment variables ({@code hoclieu.db.url} / {@code HOCLIEU_DB_URL}, {@code hoclieu.db.user},
 * {@code hoclieu.db.password}, {@code hoclieu.worker.id}, {@code hoclieu.blobs.dir},
 * {@code hoclieu.worker.tasks-per-child}). Stops gracefully on SIGTERM or Ctrl-C.
 */
public final class IngestWorkerMain {

    private IngestWorkerMain() {
    }

    public static void main(String[] args) {
        LogManager logging = configureLogging();
        Logger log = Logger.getLogger(IngestWorkerMain.class.getName());
        long pid = ProcessHandle.current().pid();
        String host = hostName();
        WorkerConfig config;
        try {
            config = WorkerConfig.fromEnvironment(host + ":" + pid);
        } catch (IllegalArgumentException e) {
            log.severe("Unusable settings: " + e.getMessage());
            System.exit(2);
            return;
        }
        log.info(() -> "Starting ingest worker with " + config);

        MariaDbDataSource dataSource;
        try {
            dataSource = WorkerDatabase.open(config);
        } catch (SQLException e) {
            // a URL the driver cannot even parse will not get better by waiting
            log.severe("Unusable database settings: " + FailureText.of(e));
            System.exit(2);
            return;
        }
        WorkerIdentity identity = new WorkerIdentity(config.workerId(), host, pid, version());
        JobHandlers handlers;
        try {
            handlers = handlers(dataSource, config);
        } catch (IOException e) {
            log.severe("Unusable blob store: " + FailureText.of(e));
            System.exit(2);
            return;
        }
        IngestWorker worker = new IngestWorker(dataSource, identity, new JobQueue(dataSource, QueueSettings.DEFAULTS),
                handlers, WorkerTiming.DEFAULTS);

        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("ingest-worker-stop").unstarted(() -> {
            worker.stop();
            if (logging instanceof WorkerLogManager held) {
                held.resetNow();
            }
        }));
        worker.run();
    }

    /** No-op jobs, and material files ingested in isolated child processes with blobs on the shared volume. */
    private static JobHandlers handlers(javax.sql.DataSource dataSource, WorkerConfig config) throws IOException {
        Path workRoot = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "ingest"));
        return JobHandlers.of(Map.of(
                NoopJob.KIND, new NoopJob(),
                IngestFileJob.KIND, new IngestFileJob(dataSource, FileBlobStore.open(Path.of(config.blobsDir()).toAbsolutePath()),
                        new IsolatedTaskRunner(config.tasksPerChild()), workRoot)));
    }

    private static LogManager configureLogging() {
        // must be set before anything touches java.util.logging; see WorkerLogManager
        if (System.getProperty("java.util.logging.manager") == null) {
            System.setProperty("java.util.logging.manager", WorkerLogManager.class.getName());
        }
        // the driver would otherwise print to stderr in a format of its own
        if (System.getProperty("mariadb.logging.fallback") == null) {
            System.setProperty("mariadb.logging.fallback", "JDK");
        }
        LogManager manager = LogManager.getLogManager();
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        Handler console = new ConsoleHandler();
        console.setFormatter(new OneLineLogFormat());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
        if (manager instanceof WorkerLogManager workerManager) {
            workerManager.hold();
        }
        return manager;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String fromEnvironment = System.getenv("HOSTNAME");
            return fromEnvironment == null || fromEnvironment.isBlank() ? "localhost" : fromEnvironment;
        }
    }

    private static String version() {
        try (InputStream in = IngestWorkerMain.class.getResourceAsStream("worker.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
