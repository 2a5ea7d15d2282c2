package vn.hoclieu.content.ingest.file;

import vn.hoclieu.content.blob.BlobId;
import vn.hoclieu.content.blob.BlobStore;
import vn.hoclieu.content.blob.StoredBlob;
import vn.hoclieu.content.ingest.internal.ClaimedJob;
import vn.hoclieu.content.ingest.isolation.IsolatedTaskRunner;
import vn.hoclieu.content.ingest.isolation.TaskLimits;
import vn.hoclieu.content.ingest.isolation.TaskOutcome;
import vn.hoclieu.content.ingest.worker.JobHandler;
import vn.hoclieu.content.ingest.worker.PermanentJobFailure;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Ingests one material file: the untrusted work (type detection, Tika, FFmpeg) runs in an
 * isolated child JVM; this side stores what it produced as blobs and records the outcome. A file
 * that is bad in itself ends FAILED with the child's reason and the job ends; a crash or a
 * timeout is retried, and recorded as the file's failure on the last attempt.
 */
public final class IngestFileJob implements JobHandler {

    public static final String KIND = "ingest-file";

    private static final Logger LOG = Logger.getLogger(IngestFileJob.class.getName());
    private static final Pattern FILE_ID = Pattern.compile("\"fileId\"\\s*:\\s*(\\d+)");
    private static final List<String> ROLES = List.of("THUMBNAIL", "POSTER", "PREVIEW", "VIDEO_360P", "VIDEO_240P", "CAPTIONS_VTT");

    private final IngestRecords records;
    private final BlobStore blobs;
    private final IsolatedTaskRunner runner;
    private final Path workRoot;

    public IngestFileJob(DataSource dataSource, BlobStore blobs, IsolatedTaskRunner runner, Path workRoot) {
        this.records = new IngestRecords(dataSource);
        this.blobs = blobs;
        this.runner = runner;
        this.workRoot = workRoot;
    }

    @Override
    public void handle(ClaimedJob job) throws Exception {
        long fileId = fileId(job.payload());
        FileToIngest file = records.startProcessing(fileId)
                .orElseThrow(() -> new PermanentJobFailure("material file " + fileId + " no longer exists"));
        Path input = blobs.localPath(new BlobId(file.blobSha256()))
                .orElseThrow(() -> new IOException("blob " + file.blobSha256() + " has no local file"));
        Path work = Files.createDirectories(workRoot.resolve("job-" + job.id() + "-" + job.attempt()));
        try {
            TaskOutcome outcome = runner.run("ingest", input, file.originalName(), work, limitsFor(file));
            record(job, file, outcome);
        } finally {
            deleteRecursively(work);
        }
    }

    /** Stops the isolated child: no JVM of ours outlives the worker. */
    @Override
    public void close() throws InterruptedException {
        runner.close();
    }

    private void record(ClaimedJob job, FileToIngest file, TaskOutcome outcome) throws Exception {
        String detected = outcome.get("detected.type").orElse(null);
        if (outcome.succeeded()) {
            records.ready(file.id(), detected, outcome.get("kind").orElse(null), extract(outcome), storeRenditions(outcome));
            LOG.info(() -> "file " + file.id() + " (" + file.originalName() + ") ready as " + detected);
            return;
        }
        String code = outcome.failureCode().orElseThrow();
        if (outcome.permanent() || job.isLastAttempt()) {
            records.failed(file.id(), detected, code, outcome.failureDetail());
            LOG.info(() -> "file " + file.id() + " (" + file.originalName() + ") failed: " + code + " — " + outcome.failureDetail());
            return;
        }
        throw new IOException("ingest of file " + file.id() + " " + code + ": " + outcome.failureDetail());
    }

    private List<StoredRendition> storeRenditions(TaskOutcome outcome) throws IOException {
        List<StoredRendition> stored = new ArrayList<>();
        for (String role : ROLES) {
            Optional<String> name = outcome.get("rendition." + role + ".file");
            if (name.isEmpty()) {
                continue;
            }
            Path produced = outcome.workDir().resolve(name.get()).normalize();
            if (!produced.startsWith(outcome.workDir()) || !Files.isRegularFile(produced)) {
                throw new IOException("task named a rendition outside its work directory: " + name.get());
            }
            StoredBlob blob = blobs.moveIn(produced);
            stored.add(new StoredRendition(role, blob.id().hex(), outcome.get("rendition." + role + ".type").orElse("application/octet-stream"),
                    blob.size(), integer(outcome, "rendition." + role + ".width"), integer(outcome, "rendition." + role + ".height"),
                    integer(outcome, "rendition." + role + ".bitrate")));
        }
        return stored;
    }

    private static Extract extract(TaskOutcome o) throws IOException {
        Optional<String> textFile = o.get("text.file");
        String text = textFile.isPresent() ? Files.readString(o.workDir().resolve(textFile.get()), StandardCharsets.UTF_8) : null;
        Long duration = o.get("duration.ms").map(Long::parseLong).orElse(null);
        return new Extract(o.get("title").orElse(null), o.get("author").orElse(null), o.get("language").orElse(null),
                integer(o, "pages"), integer(o, "words"), duration, integer(o, "width"), integer(o, "height"),
                text, o.get("text.truncated").map(Boolean::parseBoolean).orElse(false));
    }

    private static Integer integer(TaskOutcome o, String key) {
        return o.get(key).map(Integer::parseInt).orElse(null);
    }

    /** Ten minutes, plus a second per megabyte: a long video needs its time, a stuck parser does not. */
    static TaskLimits limitsFor(FileToIngest file) {
        return new TaskLimits(Duration.ofMinutes(10).plusSeconds(file.sizeBytes() / (1024 * 1024)), 512);
    }

    static long fileId(String payload) throws PermanentJobFailure {
        Matcher m = FILE_ID.matcher(payload == null ? "" : payload);
        if (!m.find()) {
            throw new PermanentJobFailure("payload names no fileId: " + payload);
        }
        return Long.parseLong(m.group(1));
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warning("could not clean " + dir + ": " + e.getMessage());
        }
    }
}
