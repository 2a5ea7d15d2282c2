package vn.hoclieu.bench.ingest;

import org.mariadb.jdbc.MariaDbDataSource;
import vn.hoclieu.content.ContentSchema;
import vn.hoclieu.content.blob.FileBlobStore;
import vn.hoclieu.content.blob.StoredBlob;
import vn.hoclieu.content.ingest.IngestJobs;
import vn.hoclieu.content.ingest.WorkerHeartbeats;
import vn.hoclieu.content.ingest.file.IngestFileJob;
import vn.hoclieu.content.ingest.internal.JobQueue;
import vn.hoclieu.content.ingest.internal.QueueSettings;
import vn.hoclieu.content.ingest.internal.WorkerIdentity;
import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;
import vn.hoclieu.content.ingest.worker.IngestWorker;
import vn.hoclieu.content.ingest.worker.JobHandler;
import vn.hoclieu.content.ingest.worker.JobHandlers;
import vn.hoclieu.content.ingest.worker.WorkerTiming;
import vn.hoclieu.devstack.EmbeddedDatabase;
import vn.hoclieu.devstack.TestDatabase;

import javax.sql.DataSource;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The whole ingest path as a teacher's batch of uploads takes it: the bytes go into the real
 * {@link FileBlobStore}; each file gets its material-file row and an {@code ingest-file} job in one
 * transaction (as the web app's attach does) in a real MariaDB with the content schema; the real
 * {@link IngestWorker} loop claims the jobs and runs each in the isolated task host; the results
 * (text, metadata, thumbnails as blobs) go back to the database. A round is timed from the first
 * upload to the moment every file of the batch is READY or FAILED.
 *
 * <p>The worker is started before and stopped after each round (untimed), so that its polling
 * does not load the machine while the other pipelines are measured; its task host outlives it,
 * as in a worker that runs for days, and is replaced after {@code tasksPerChild} files as there.
 */
final class WholePipeline implements Pipeline {

    private static final String DATABASE = "bench_ingest";
    private static final Duration BATCH_TIMEOUT = Duration.ofMinutes(10);
    /**
     * The production worker pauses 0.5–1.5 s when it finds the queue empty; here 50–150 ms, so
     * that a round does not start with up to 1.5 s of idle polling. Between the jobs of a batch
     * the worker claims without pausing either way.
     */
    private static final WorkerTiming TIMING = new WorkerTiming(WorkerTiming.DEFAULTS.heartbeatEvery(),
            Duration.ofMillis(100), WorkerTiming.DEFAULTS.stopGrace());

    private final EmbeddedDatabase server;
    private final DataSource db;
    private final FileBlobStore blobs;
    private final IngestFileJob fileJob;
    private final Map<Long, Long> nanosPerJob = new ConcurrentHashMap<>();
    private IngestWorker worker;
    private Thread workerThread;
    private int failedFiles;

    private final int tasksPerChild;

    WholePipeline(Path target, int tasksPerChild) throws Exception {
        this.tasksPerChild = tasksPerChild;
        // the worker's lines (3 per file) would drown the bench's own progress on stderr
        Logger.getLogger("vn.hoclieu.content").setLevel(Level.WARNING);
        server = EmbeddedDatabase.start(target.resolve("db"), TestDatabase.freePort());
        server.recreateDatabase(DATABASE, TestDatabase.USER, TestDatabase.PASSWORD);
        db = dataSource(server.jdbcUrl(DATABASE));
        ContentSchema.migrate(db);
        IngestBench.deleteRecursively(target.resolve("blobs"));
        blobs = FileBlobStore.open(target.resolve("blobs"));
        fileJob = new IngestFileJob(db, blobs, new IsolatedTaskRunner(tasksPerChild),
                Files.createDirectories(target.resolve("ingest-work")));
    }

    @Override
    public String name() {
        return "whole pipeline (blob store → MariaDB job → worker → task host JVM, " + tasksPerChild + " files per JVM → MariaDB)";
    }

    @Override
    public void beforeRound() throws Exception {
        // the handler is a lambda so that stopping the worker leaves the task host running
        JobHandler timed = job -> {
            long t0 = System.nanoTime();
            fileJob.handle(job);
            nanosPerJob.put(job.id(), System.nanoTime() - t0);
        };
        worker = new IngestWorker(db, new WorkerIdentity("bench", "localhost", ProcessHandle.current().pid(), "bench"),
                new JobQueue(db, QueueSettings.DEFAULTS), JobHandlers.of(Map.of(IngestFileJob.KIND, timed)), TIMING);
        workerThread = Thread.ofPlatform().name("bench-worker").start(worker::run);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (WorkerHeartbeats.latest(db).aliveWorkers() == 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the worker did not register within 30 s");
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void processAll(List<Path> corpus, Path work, Map<Path, Long> nanosPerFile) throws Exception {
        long version = newMaterialVersion();
        Map<Long, Path> jobs = new HashMap<>();
        // the web application attaches on its server's pooled connections: one held connection here
        try (Connection app = db.getConnection()) {
            for (Path file : corpus) {
                jobs.put(attach(app, version, file), file);
            }
        }
        awaitBatch(version, corpus.size());
        jobs.forEach((job, file) -> nanosPerFile.merge(file, nanosPerJob.getOrDefault(job, 0L), Long::sum));
    }

    @Override
    public void process(Path file, Path workDir) throws Exception {
        processAll(List.of(file), workDir, new HashMap<>());
    }

    @Override
    public void afterRound() throws Exception {
        worker.stop();
        workerThread.join(Duration.ofSeconds(10));
        if (failedFiles > 0) {
            IngestBench.log("whole pipeline: %d files FAILED so far (see content_material_file.failure_code)", failedFiles);
        }
    }

    @Override
    public void close() throws Exception {
        fileJob.close();
        server.close();
    }

    private long newMaterialVersion() throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO content_material (title, subject_code, material_type, language, licence, author_id)"
                    + " VALUES ('Bench batch', 'TOAN', 'E_LECTURE', 'vi', 'CC_BY', 1)", Statement.RETURN_GENERATED_KEYS);
            long material = generated(s);
            s.executeUpdate("INSERT INTO content_material_version (material_id, number, created_by) VALUES (" + material + ", 1, 1)",
                    Statement.RETURN_GENERATED_KEYS);
            return generated(s);
        }
    }

    /** Upload → blob store, then the file row and its job in one transaction; returns the job's id. */
    private long attach(Connection c, long version, Path file) throws Exception {
        StoredBlob blob;
        try (InputStream in = Files.newInputStream(file)) {
            blob = blobs.store(in, Long.MAX_VALUE);
        }
        c.setAutoCommit(false);
        long fileId = insertFile(c, version, blob, file.getFileName().toString());
        long job = IngestJobs.enqueue(c, IngestFileJob.KIND, "{\"fileId\":" + fileId + "}");
        try (PreparedStatement u = c.prepareStatement("UPDATE content_material_file SET ingest_job_id = ? WHERE id = ?")) {
            u.setLong(1, job);
            u.setLong(2, fileId);
            u.executeUpdate();
        }
        c.commit();
        return job;
    }

    private static long insertFile(Connection c, long version, StoredBlob blob, String name) throws SQLException {
        try (PreparedStatement f = c.prepareStatement("INSERT INTO content_material_file (version_id, blob_sha256, original_name,"
                + " size_bytes) VALUES (?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
            f.setLong(1, version);
            f.setString(2, blob.id().hex());
            f.setString(3, name);
            f.setLong(4, blob.size());
            f.executeUpdate();
            return generated(f);
        }
    }

    /** Watches the batch on one connection (a new one per look would add its own load), 20 looks a second. */
    private void awaitBatch(long version, int files) throws Exception {
        long deadline = System.nanoTime() + BATCH_TIMEOUT.toNanos();
        try (Connection c = db.getConnection()) {
            while (count(c, version, "'READY','FAILED'") < files) {
                if (System.nanoTime() > deadline || !workerThread.isAlive()) {
                    throw new IllegalStateException("the batch did not finish within " + BATCH_TIMEOUT);
                }
                Thread.sleep(50);
            }
            failedFiles += (int) count(c, version, "'FAILED'");
        }
    }

    private static long count(Connection c, long version, String statuses) throws SQLException {
        try (PreparedStatement q = c.prepareStatement(
                "SELECT COUNT(*) FROM content_material_file WHERE version_id = ? AND status IN (" + statuses + ")")) {
            q.setLong(1, version);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static DataSource dataSource(String url) throws SQLException {
        // as the worker's: the plain driver data source, one connection per claim or report
        MariaDbDataSource dataSource = new MariaDbDataSource(url + "?connectTimeout=5000");
        dataSource.setUser(TestDatabase.USER);
        dataSource.setPassword(TestDatabase.PASSWORD);
        return dataSource;
    }

    private static long generated(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }
}
