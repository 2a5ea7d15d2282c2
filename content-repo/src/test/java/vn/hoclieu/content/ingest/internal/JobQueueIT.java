package vn.hoclieu.content.ingest.internal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.hoclieu.content.ContentTestDatabase;
import vn.hoclieu.content.ingest.IngestJob;
import vn.hoclieu.content.ingest.IngestJobStatus;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.hoclieu.content.ContentTestDatabase.execute;
import static vn.hoclieu.content.ingest.JobFixture.aJob;
import static vn.hoclieu.content.ingest.JobFixture.stored;

class JobQueueIT {

    private static final Duration LEASE = Duration.ofMillis(400);
    private static final RetryBackoff BACKOFF = new RetryBackoff(Duration.ofMillis(300), Duration.ofMillis(600));

    private static DataSource db;
    private JobQueue queue;

    @BeforeEach
    void emptyQueue() throws SQLException {
        if (db == null) {
            db = ContentTestDatabase.migrated("content_job_queue");
        }
        execute(db, "DELETE FROM content_ingest_job");
        queue = new JobQueue(db, new QueueSettings(LEASE, BACKOFF));
    }

    @Test
    void anEmptyQueueHasNothingToClaim() throws Exception {
        assertThat(queue.claim("worker-a")).isEmpty();
    }

    @Test
    void aClaimedJobRunsUnderTheWorkersLeaseUntilItSucceeds() throws Exception {
        long id = aJob().ofKind("noop").withPayload("{\"x\": 1}").enqueuedIn(db);

        ClaimedJob claimed = queue.claim("worker-a").orElseThrow();

        assertThat(claimed).isEqualTo(new ClaimedJob(id, "noop", "{\"x\": 1}", 1, 5, "worker-a"));
        IngestJob running = stored(db, id);
        assertThat(running.status()).isEqualTo(IngestJobStatus.RUNNING);
        assertThat(running.claimedBy()).contains("worker-a");
        assertThat(running.leaseUntil()).isPresent();
        assertThat(queue.claim("worker-b")).as("a running job is nobody else's").isEmpty();

        assertThat(queue.succeed(claimed)).isTrue();

        IngestJob done = stored(db, id);
        assertThat(done.status()).isEqualTo(IngestJobStatus.SUCCEEDED);
        assertThat(done.attempts()).isEqualTo(1);
        assertThat(done.finishedAt()).isPresent();
        assertThat(done.leaseUntil()).isEmpty();
        assertThat(queue.claim("worker-b")).isEmpty();
    }

    @Test
    void theOldestJobIsClaimedFirst() throws Exception {
        long first = aJob().enqueuedIn(db);
        long second = aJob().enqueuedIn(db);

        assertThat(queue.claim("worker-a").orElseThrow().id()).isEqualTo(first);
        assertThat(queue.claim("worker-a").orElseThrow().id()).isEqualTo(second);
    }

    @Test
    void racingWorkersNeverClaimTheSameJobTwice() throws Exception {
        int jobs = 120;
        int workers = 4;
        List<Long> enqueued = new ArrayList<>();
        for (int i = 0; i < jobs; i++) {
            enqueued.add(aJob().enqueuedIn(db));
        }
        List<Long> claimed = Collections.synchronizedList(new ArrayList<>());
        CyclicBarrier together = new CyclicBarrier(workers);
        ExecutorService threads = Executors.newFixedThreadPool(workers);
        try {
            List<Future<?>> claimsPerWorker = new ArrayList<>();
            for (int w = 0; w < workers; w++) {
                String workerId = "worker-" + w;
                claimsPerWorker.add(threads.submit(() -> {
                    together.await();
                    // each claim takes a connection of its own from the data source
                    for (Optional<ClaimedJob> job; (job = queue.claim(workerId)).isPresent(); ) {
                        claimed.add(job.get().id());
                        assertThat(queue.succeed(job.get())).isTrue();
                    }
                    return null;
                }));
            }
            for (Future<?> claims : claimsPerWorker) {
                claims.get();
            }
        } finally {
            threads.shutdownNow();
        }

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(enqueued);
        assertThat(ContentTestDatabase.count(db, "SELECT COUNT(*) FROM content_ingest_job WHERE status = 'SUCCEEDED' AND attempts = 1"))
                .isEqualTo(jobs);
    }

    @Test
    void aFailedJobWaitsOutItsBackoffThenRunsAgain() throws Exception {
        long id = aJob().withMaxAttempts(3).enqueuedIn(db);
        ClaimedJob first = queue.claim("worker-a").orElseThrow();

        assertThat(queue.fail(first, "Blob 7f3a not found")).isEqualTo(FailureOutcome.RETRY_SCHEDULED);

        IngestJob waiting = stored(db, id);
        assertThat(waiting.status()).isEqualTo(IngestJobStatus.QUEUED);
        assertThat(waiting.failureReason()).contains("Blob 7f3a not found");
        assertThat(waiting.claimedBy()).isEmpty();
        assertThat(Duration.between(waiting.createdAt(), waiting.availableAt())).isGreaterThanOrEqualTo(BACKOFF.first());
        assertThat(queue.claim("worker-b")).as("not before its backoff").isEmpty();

        ClaimedJob second = claimWithin(Duration.ofSeconds(3), "worker-b");
        assertThat(second.id()).isEqualTo(id);
        assertThat(second.attempt()).isEqualTo(2);
    }

    @Test
    void aJobFailsForGoodAfterItsLastAttemptKeepingTheReason() throws Exception {
        long id = aJob().withMaxAttempts(2).enqueuedIn(db);
        queue.fail(queue.claim("worker-a").orElseThrow(), "Tika: corrupt PDF");
        ClaimedJob last = claimWithin(Duration.ofSeconds(3), "worker-a");

        assertThat(queue.fail(last, "Tika: corrupt PDF (again)")).isEqualTo(FailureOutcome.FAILED_FOR_GOOD);

        IngestJob failed = stored(db, id);
        assertThat(failed.status()).isEqualTo(IngestJobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.failureReason()).contains("Tika: corrupt PDF (again)");
        assertThat(failed.finishedAt()).isPresent();
        Thread.sleep(BACKOFF.cap().toMillis());
        assertThat(queue.claim("worker-a")).isEmpty();
    }

    @Test
    void aFailureNoRetryCanCureSkipsTheRemainingAttempts() throws Exception {
        long id = aJob().withMaxAttempts(5).enqueuedIn(db);

        queue.failForGood(queue.claim("worker-a").orElseThrow(), "Encrypted PDF: needs a password");

        IngestJob failed = stored(db, id);
        assertThat(failed.status()).isEqualTo(IngestJobStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.failureReason()).contains("Encrypted PDF: needs a password");
    }

    @Test
    void aJobWhoseWorkerDiedIsClaimableAgainOnceTheLeaseExpires() throws Exception {
        long id = aJob().enqueuedIn(db);
        ClaimedJob held = queue.claim("worker-killed").orElseThrow();
        assertThat(queue.claim("worker-b")).as("while the lease holds").isEmpty();

        ClaimedJob taken = claimWithin(LEASE.multipliedBy(5), "worker-b");

        assertThat(taken.id()).isEqualTo(id);
        assertThat(taken.attempt()).isEqualTo(2);
        assertThat(stored(db, id).claimedBy()).contains("worker-b");
        assertThat(queue.succeed(held)).as("the old holder's late report").isFalse();
        assertThat(queue.renewLease(held)).isFalse();
        assertThat(queue.fail(held, "late")).isEqualTo(FailureOutcome.CLAIM_LOST);
        assertThat(stored(db, id).status()).isEqualTo(IngestJobStatus.RUNNING);
        assertThat(queue.succeed(taken)).isTrue();
    }

    @Test
    void renewingTheLeaseKeepsTheJobFromOtherWorkers() throws Exception {
        aJob().enqueuedIn(db);
        ClaimedJob held = queue.claim("worker-a").orElseThrow();

        for (int i = 0; i < 4; i++) {
            Thread.sleep(LEASE.toMillis() / 2);
            assertThat(queue.renewLease(held)).isTrue();
            assertThat(queue.claim("worker-b")).isEmpty();
        }
    }

    @Test
    void aJobWhoseLeaseExpiresOnItsLastAttemptFailsForGood() throws Exception {
        long id = aJob().withMaxAttempts(1).enqueuedIn(db);
        queue.claim("worker-crashed").orElseThrow();
        Thread.sleep(LEASE.multipliedBy(2).toMillis());

        assertThat(queue.claim("worker-b")).as("a job that kills its workers is not handed out again").isEmpty();

        IngestJob failed = stored(db, id);
        assertThat(failed.status()).isEqualTo(IngestJobStatus.FAILED);
        assertThat(failed.failureReason().orElseThrow())
                .contains("worker-crashed").contains("stopped renewing its lease").contains("attempt 1 of 1");
    }

    @Test
    void aJobGivenBackByAStoppingWorkerIsClaimableAtOnceWithoutLosingAnAttempt() throws Exception {
        long id = aJob().withMaxAttempts(2).enqueuedIn(db);
        ClaimedJob held = queue.claim("worker-stopping").orElseThrow();

        assertThat(queue.release(held)).isTrue();

        ClaimedJob again = queue.claim("worker-b").orElseThrow();
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.attempt()).isEqualTo(1);
        assertThat(queue.succeed(held)).as("the stopping worker's late report").isFalse();
    }

    @Test
    void aVeryLongReasonIsCutToAReadableLength() throws Exception {
        long id = aJob().withMaxAttempts(1).enqueuedIn(db);

        queue.fail(queue.claim("worker-a").orElseThrow(), "x".repeat(10_000));

        assertThat(stored(db, id).failureReason().orElseThrow()).hasSize(JobQueue.MAX_REASON_LENGTH);
    }

    private ClaimedJob claimWithin(Duration timeout, String workerId) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<ClaimedJob> job = queue.claim(workerId);
            if (job.isPresent()) {
                return job.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Nothing to claim within " + timeout);
    }
}
