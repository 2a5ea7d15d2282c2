package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.content.blob.FileBlobStore;
import vn.hoclieu.content.blob.StoredBlob;
import vn.hoclieu.content.ingest.file.IngestFileJob;
import vn.hoclieu.content.ingest.IngestJobStatus;
import vn.hoclieu.content.ingest.IngestJobs;
import vn.hoclieu.content.ingest.WorkerHeartbeats;
import vn.hoclieu.devstack.TestDatabase;

import javax.sql.DataSource;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ingest.JobFixture.stored;

/**
 * The worker as the launcher starts it: a JVM of its own on {@code target/classes} plus
 * {@code target/worker.classpath} (written at package, before failsafe runs), configured by
 * environment variables, stopped by SIGTERM.
 */
class IngestWorkerProcessIT {

    private static final Path MODULE = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();

    private Process worker;

    @AfterEach
    void killLeftovers() {
        if (worker != null && worker.isAlive()) {
            worker.destroyForcibly();
        }
    }

    @Test
    void aWorkerProcessRunsJobsAndLeavesCleanlyOnSigterm() throws Exception {
        String url = TestDatabase.freshDatabase("content_worker_process");
        DataSource db = ContentTestDatabase.dataSource(url);
        Path log = MODULE.resolve("target/worker-process-it.log");

        worker = start(url, log);

        // the worker migrates the empty database itself, then registers
        awaitTrue(Duration.ofSeconds(60), () -> tableExists(db) && WorkerHeartbeats.latest(db).aliveWorkers() == 1);
        long id = IngestJobs.enqueue(db, "noop", "{\"note\": \"Giáo án Ngữ văn\"}");
        awaitTrue(Duration.ofSeconds(30), () -> stored(db, id).status() == IngestJobStatus.SUCCEEDED);

        worker.destroy(); // SIGTERM
        assertThat(worker.waitFor(20, TimeUnit.SECONDS)).as("stopped within the grace period").isTrue();

        assertThat(WorkerHeartbeats.latest(db).lastHeartbeat()).as("the worker removed its row").isEmpty();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).anyMatch(line -> line.matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO    IngestWorker Worker process-it \\(version .*\\) ready for job kinds \\[ingest-file, noop\\]"));
        assertThat(lines).anyMatch(line -> line.matches(".* INFO    IngestWorker Finished job " + id + " \\(noop, attempt 1 of 5\\) in \\d+ ms"));
        assertThat(lines).as("the last word survives the JDK's own logging shutdown")
                .anyMatch(line -> line.endsWith("INFO    IngestWorker Worker process-it stopped"));
    }

    @Test
    void aStoppedWorkerProcessLeavesNoTaskHostBehind() throws Exception {
        String url = TestDatabase.freshDatabase("content_worker_process_child");
        DataSource db = ContentTestDatabase.dataSource(url);
        worker = start(url, MODULE.resolve("target/worker-process-it-child.log"));
        awaitTrue(Duration.ofSeconds(60), () -> tableExists(db) && WorkerHeartbeats.latest(db).aliveWorkers() == 1);
        long file = fileToIngest(db, "Bài giảng: phân số và số thập phân, lớp năm.".repeat(20));
        IngestJobs.enqueue(db, IngestFileJob.KIND, "{\"fileId\":" + file + "}");
        awaitTrue(Duration.ofSeconds(120), () -> ContentTestDatabase.count(db,
                "SELECT COUNT(*) FROM content_material_file WHERE id = ? AND status = 'READY'", file) == 1);
        List<ProcessHandle> taskHosts = worker.children().filter(ProcessHandle::isAlive).toList();
        assertThat(taskHosts).as("the warm task host, waiting for the next file").hasSize(1);

        worker.destroy(); // SIGTERM
        assertThat(worker.waitFor(20, TimeUnit.SECONDS)).isTrue();

        assertThat(taskHosts.getFirst().onExit().get(10, TimeUnit.SECONDS).isAlive()).as("no orphan JVM").isFalse();
    }

    private static long fileToIngest(DataSource db, String text) throws Exception {
        FileBlobStore blobs = FileBlobStore.open(MODULE.resolve("target/worker-process-it-blobs"));
        StoredBlob blob = blobs.store(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), Long.MAX_VALUE);
        ContentTestDatabase.execute(db, "INSERT INTO content_material (title, subject_code, material_type, language, licence,"
                + " author_id) VALUES ('Phân số', 'TOAN', 'E_LECTURE', 'vi', 'CC_BY', 1)");
        ContentTestDatabase.execute(db, "INSERT INTO content_material_version (material_id, number, created_by)"
                + " SELECT MAX(id), 1, 1 FROM content_material");
        ContentTestDatabase.execute(db, "INSERT INTO content_material_file (version_id, blob_sha256, original_name, size_bytes)"
                + " SELECT MAX(id), '" + blob.id().hex() + "', 'phan-so.txt', " + blob.size() + " FROM content_material_version");
        return ContentTestDatabase.count(db, "SELECT MAX(id) FROM content_material_file");
    }

    private static Process start(String url, Path log) throws Exception {
        String classpath = MODULE.resolve("target/classes") + File.pathSeparator
                + Files.readString(MODULE.resolve("target/worker.classpath")).strip();
        ProcessBuilder builder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classpath, IngestWorkerMain.class.getName())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("HOCLIEU_DB_URL", url);
        builder.environment().put("HOCLIEU_DB_USER", TestDatabase.USER);
        builder.environment().put("HOCLIEU_DB_PASSWORD", TestDatabase.PASSWORD);
        builder.environment().put("HOCLIEU_BLOBS_DIR", MODULE.resolve("target/worker-process-it-blobs").toString());
        builder.environment().put("HOCLIEU_WORKER_ID", "process-it");
        return builder.start();
    }

    private static boolean tableExists(DataSource db) throws Exception {
        return ContentTestDatabase.count(db, "SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = 'content_ingest_worker'") == 1;
    }

    private void awaitTrue(Duration timeout, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.call()) {
            assertThat(worker.isAlive()).as("the worker process is running").isTrue();
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + timeout);
            }
            Thread.sleep(100);
        }
    }
}
