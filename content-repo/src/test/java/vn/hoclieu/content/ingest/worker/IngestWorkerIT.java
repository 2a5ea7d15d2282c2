package vn.hoclieu.content.ingest.worker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.content.ingest.IngestJob;
import vn.hoclieu.content.ingest.IngestJobStatus;
import vn.hoclieu.content.ingest.WorkerHeartbeats;
import vn.hoclieu.content.ingest.internal.JobQueue;
import vn.hoclieu.content.ingest.internal.QueueSettings;
import vn.hoclieu.content.ingest.internal.RetryBackoff;
import vn.hoclieu.content.ingest.internal.WorkerIdentity;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.count;
import static vn.hoclieu.content.ContentTestDatabase.execute;
import static vn.hoclieu.content.ingest.JobFixture.aJob;
import static vn.hoclieu.content.ingest.JobFixture.stored;

class IngestWorkerIT {

    private static final QueueSettings QUICK_QUEUE = new QueueSettings(
            Duration.ofMillis(600), new RetryBackoff(Duration.ofMillis(100), Duration.ofMillis(200)));
    private static final WorkerTiming QUICK = new WorkerTiming(Duration.ofMillis(150), Duration.ofMillis(50), Duration.ofSeconds(3));

    private static DataSource db;
    private final List<RunningWorker> started = new ArrayList<>();

    @BeforeAll
    static void database() {
        db = ContentTestDatabase.migrated("content_ingest_worker");
    }

    @BeforeEach
    void emptyQueue() throws SQLException {
        execute(db, "DELETE FROM content_ingest_job");
        execute(db, "DELETE FROM content_ingest_worker");
    }

    @AfterEach
    void stopWorkers() {
        started.forEach(RunningWorker::stop);
    }

    @Test
    void runsANoopJobToSuccess() throws Exception {
        start(JobHandlers.standard(), QUICK);
        long id = aJob().ofKind("noop").enqueuedIn(db);

        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.SUCCEEDED);

        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.claimedBy()).contains("worker-it");
    }

    @Test
    void failsAJobOfAnUnknownKindAtOnceSayingWhichKindsItHandles() throws Exception {
        start(JobHandlers.standard(), QUICK);
        long id = aJob().ofKind("transcode-video").withMaxAttempts(5).enqueuedIn(db);

        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.FAILED);

        assertThat(job.attempts()).as("no retry").isEqualTo(1);
        assertThat(job.failureReason().orElseThrow())
                .isEqualTo("No handler for job kind 'transcode-video' in worker worker-it (it handles [noop])");
    }

    @Test
    void retriesAJobWhoseHandlerFailedAndRecordsTheLaterSuccess() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        start(handling("flaky", job -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("Blob store busy");
            }
        }), QUICK);
        long id = aJob().ofKind("flaky").enqueuedIn(db);

        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.SUCCEEDED);

        assertThat(job.attempts()).isEqualTo(2);
        assertThat(job.failureReason()).isEmpty();
    }

    @Test
    void aJobThatKeepsFailingEndsFailedWithTheLastReason() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        start(handling("broken", job -> {
            throw new IllegalStateException("Run " + runs.incrementAndGet() + " found no text layer");
        }), QUICK);
        long id = aJob().ofKind("broken").withMaxAttempts(3).enqueuedIn(db);

        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.FAILED);

        assertThat(job.attempts()).isEqualTo(3);
        assertThat(job.failureReason()).contains("Run 3 found no text layer (IllegalStateException)");
    }

    @Test
    void aPermanentFailureIsNotRetried() throws Exception {
        start(handling("extract", job -> {
            throw new PermanentJobFailure("The payload names no material version");
        }), QUICK);
        long id = aJob().ofKind("extract").withMaxAttempts(5).enqueuedIn(db);

        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.FAILED);

        assertThat(job.attempts()).isEqualTo(1);
        assertThat(job.failureReason()).contains("The payload names no material version");
    }

    @Test
    void keepsTheLeaseWhileAJobOutlastsItAndShowsTheJobInItsHeartbeat() throws Exception {
        Duration longJob = QUICK_QUEUE.lease().multipliedBy(3);
        start(handling("slow", job -> Thread.sleep(longJob.toMillis())), QUICK);
        long id = aJob().ofKind("slow").enqueuedIn(db);
        awaitJob(id, j -> j.status() == IngestJobStatus.RUNNING);
        JobQueue rival = new JobQueue(db, QUICK_QUEUE);

        long deadline = System.nanoTime() + longJob.toNanos() / 2 * 3;
        boolean seenInHeartbeat = false;
        while (stored(db, id).status() == IngestJobStatus.RUNNING && System.nanoTime() < deadline) {
            assertThat(rival.claim("rival")).as("the lease is renewed while the job runs").isEmpty();
            seenInHeartbeat |= count(db, "SELECT COUNT(*) FROM content_ingest_worker WHERE current_job_id = ?", id) == 1;
            Thread.sleep(100);
        }

        assertThat(seenInHeartbeat).isTrue();
        IngestJob job = awaitJob(id, j -> j.status() == IngestJobStatus.SUCCEEDED);
        assertThat(job.attempts()).isEqualTo(1);
    }

    @Test
    void aStoppingWorkerLetsItsJobFinishWithinTheGraceAndLeaves() throws Exception {
        RunningWorker worker = start(handling("short", job -> Thread.sleep(500)), QUICK);
        long id = aJob().ofKind("short").enqueuedIn(db);
        awaitJob(id, j -> j.status() == IngestJobStatus.RUNNING);

        worker.stop();

        assertThat(stored(db, id).status()).isEqualTo(IngestJobStatus.SUCCEEDED);
        assertThat(WorkerHeartbeats.latest(db).lastHeartbeat()).as("the worker's row is gone").isEmpty();
        assertThat(worker.thread.isAlive()).isFalse();
    }

    @Test
    void aStoppingWorkerGivesBackAJobThatOutlastsTheGrace() throws Exception {
        WorkerTiming shortGrace = new WorkerTiming(QUICK.heartbeatEvery(), QUICK.idlePoll(), Duration.ofMillis(300));
        RunningWorker worker = start(handling("endless", job -> Thread.sleep(60_000)), shortGrace);
        long id = aJob().ofKind("endless").withMaxAttempts(2).enqueuedIn(db);
        awaitJob(id, j -> j.status() == IngestJobStatus.RUNNING);

        worker.stop();

        IngestJob job = stored(db, id);
        assertThat(job.status()).isEqualTo(IngestJobStatus.QUEUED);
        assertThat(job.attempts()).as("the interrupted attempt does not count").isZero();
        assertThat(job.claimedBy()).isEmpty();
    }

    @Test
    void aStoppedWorkerClosesItsHandlersSoThatNoChildProcessOutlivesIt() throws Exception {
        AtomicInteger closed = new AtomicInteger();
        JobHandler holdsAChild = new JobHandler() {
            @Override
            public void handle(vn.hoclieu.content.ingest.internal.ClaimedJob job) {
            }

            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        RunningWorker worker = start(handling("isolated", holdsAChild), QUICK);
        long id = aJob().ofKind("isolated").enqueuedIn(db);
        awaitJob(id, j -> j.status() == IngestJobStatus.SUCCEEDED);

        worker.stop();

        assertThat(closed).as("closed once").hasValue(1);
    }

    @Test
    void keepsTryingWhileTheDatabaseIsUnreachableAndCarriesOnWhenItComesBack() throws Exception {
        SwitchableDataSource flaky = new SwitchableDataSource(db);
        flaky.goDown();
        try (LogCapture log = new LogCapture()) {
            RunningWorker worker = start(flaky, JobHandlers.standard(), QUICK);
            long id = aJob().ofKind("noop").enqueuedIn(db);
            Thread.sleep(1_500);

            assertThat(worker.thread.isAlive()).isTrue();
            assertThat(stored(db, id).status()).isEqualTo(IngestJobStatus.QUEUED);
            assertThat(log.lines()).anySatisfy(line -> assertThat(line)
                    .contains("WARNING IngestWorker Cannot migrate the content schema: ")
                    .contains("Connection refused")
                    .containsPattern("retrying in \\d+ s$"));

            flaky.comeBack();

            assertThat(awaitJob(id, j -> j.status() == IngestJobStatus.SUCCEEDED).attempts()).isEqualTo(1);
        }
    }

    private static JobHandlers handling(String kind, JobHandler handler) {
        return JobHandlers.of(Map.of(kind, handler));
    }

    private RunningWorker start(JobHandlers handlers, WorkerTiming timing) {
        return start(db, handlers, timing);
    }

    private RunningWorker start(DataSource dataSource, JobHandlers handlers, WorkerTiming timing) {
        IngestWorker worker = new IngestWorker(dataSource, new WorkerIdentity("worker-it", "localhost", 1, "test"),
                new JobQueue(dataSource, QUICK_QUEUE), handlers, timing);
        Thread thread = Thread.ofPlatform().name("worker-it").start(worker::run);
        RunningWorker running = new RunningWorker(worker, thread);
        started.add(running);
        return running;
    }

    private static IngestJob awaitJob(long id, Predicate<IngestJob> condition) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        IngestJob job = stored(db, id);
        while (!condition.test(job)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Job " + id + " never reached the expected state; it is " + job);
            }
            Thread.sleep(25);
            job = stored(db, id);
        }
        return job;
    }

    private record RunningWorker(IngestWorker worker, Thread thread) {

        void stop() {
            worker.stop();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
