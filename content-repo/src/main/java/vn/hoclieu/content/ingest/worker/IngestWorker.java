package vn.hoclieu.content.ingest.worker;

import vn.hoclieu.content.ContentSchema;
import vn.hoclieu.content.ingest.internal.ClaimedJob;
import vn.hoclieu.content.ingest.internal.FailureOutcome;
import vn.hoclieu.content.ingest.internal.JobQueue;
import vn.hoclieu.content.ingest.internal.RetryBackoff;
import vn.hoclieu.content.ingest.internal.WorkerIdentity;
import vn.hoclieu.content.ingest.internal.WorkerRegistry;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One ingest worker: migrates the schema, registers, then claims and runs jobs one at a time on the
 * thread that calls {@link #run()}, while a second thread beats the heartbeat and renews the lease
 * of the job in hand. When the database is unreachable it says so and keeps trying; it never gives
 * up on its own. {@link #stop()} ends it gracefully.
 */
public final class IngestWorker {

    private static final Logger LOG = Logger.getLogger(IngestWorker.class.getName());
    // capped low: a database back after an outage should see claims again within seconds
    private static final RetryBackoff DATABASE_BACKOFF = new RetryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10));

    private static final Duration FORGET_SILENT_WORKERS_AFTER = Duration.ofDays(1);
    private static final Duration INTERRUPTED_JOB_GRACE = Duration.ofSeconds(2);

    private final DataSource dataSource;
    private final WorkerIdentity identity;
    private final JobQueue queue;
    private final WorkerRegistry registry;
    private final JobHandlers handlers;
    private final WorkerTiming timing;

    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch loopEnded = new CountDownLatch(1);
    private final AtomicReference<ClaimedJob> current = new AtomicReference<>();
    private final ScheduledExecutorService heartbeats = Executors.newSingleThreadScheduledExecutor(
            task -> Thread.ofPlatform().daemon().name("ingest-heartbeat").unstarted(task));
    private volatile Thread loopThread;
    private volatile boolean heartbeatFailing;
    private volatile boolean registered;

    public IngestWorker(DataSource dataSource, WorkerIdentity identity, JobQueue queue, JobHandlers handlers, WorkerTiming timing) {
        this.dataSource = dataSource;
        this.identity = identity;
        this.queue = queue;
        this.registry = new WorkerRegistry(dataSource);
        this.handlers = handlers;
        this.timing = timing;
    }

    public String workerId() {
        return identity.workerId();
    }

    /** Works until {@link #stop()}; returns once the current job is done (or given back). */
    public void run() {
        loopThread = Thread.currentThread();
        try {
            if (untilDone("migrate the content schema", () -> ContentSchema.migrate(dataSource))
                    && untilDone("register the worker", this::register)) {
                registered = true;
                LOG.info(() -> "Worker " + identity.workerId() + " (version " + identity.version() + ", pid " + identity.pid()
                        + ") ready for job kinds " + handlers.kinds());
                try {
                    heartbeats.scheduleWithFixedDelay(this::beat, timing.heartbeatEvery().toMillis(),
                            timing.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS);
                } catch (RejectedExecutionException stoppedMeanwhile) {
                    return;
                }
                claimUntilStopped();
            }
        } finally {
            loopEnded.countDown();
        }
    }

    private void register() throws SQLException {
        registry.register(identity);
        // rows of workers that died without leaving would otherwise pile up, one per host and pid
        registry.forgetSilentFor(FORGET_SILENT_WORKERS_AFTER);
    }

    private void claimUntilStopped() {
        int failures = 0;
        while (!stopping.get()) {
            Optional<ClaimedJob> job;
            try {
                job = queue.claim(identity.workerId());
            } catch (SQLException e) {
                Duration delay = DATABASE_BACKOFF.delayAfter(++failures);
                LOG.warning("Cannot claim jobs: " + FailureText.of(e) + "; retrying in " + seconds(delay));
                pause(delay);
                continue;
            }
            if (failures > 0) {
                LOG.info("Database reachable again; claiming jobs");
                failures = 0;
            }
            if (job.isPresent()) {
                runJob(job.get());
            } else {
                pause(jittered(timing.idlePoll()));
            }
        }
    }

    private void runJob(ClaimedJob job) {
        current.set(job);
        try {
            Optional<JobHandler> handler = handlers.forKind(job.kind());
            if (handler.isEmpty()) {
                String reason = "No handler for job kind '" + job.kind() + "' in worker " + identity.workerId()
                        + " (it handles " + handlers.kinds() + ")";
                LOG.warning("Failed " + job + " for good: " + reason);
                report(job, () -> queue.failForGood(job, reason));
                return;
            }
            LOG.info(() -> "Running " + job);
            long started = System.nanoTime();
            try {
                handler.get().handle(job);
            } catch (PermanentJobFailure e) {
                LOG.warning("Failed " + job + " for good: " + e.getMessage());
                report(job, () -> queue.failForGood(job, e.getMessage()));
                return;
            } catch (Throwable e) {
                reportRetryableFailure(job, e);
                if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                    // out of memory or worse: this JVM is not fit to go on; its supervisor restarts it
                    throw (VirtualMachineError) e;
                }
                return;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            report(job, () -> {
                if (queue.succeed(job)) {
                    LOG.info(() -> "Finished " + job + " in " + took.toMillis() + " ms");
                } else {
                    LOG.warning("Finished " + job + ", but the claim had lapsed or was given back: the result is not recorded");
                }
            });
        } finally {
            current.set(null);
        }
    }

    private void reportRetryableFailure(ClaimedJob job, Throwable failure) {
        String reason = FailureText.of(failure);
        Duration retryIn = queue.retryDelayAfter(job);
        report(job, () -> {
            FailureOutcome outcome = queue.fail(job, reason);
            switch (outcome) {
                case RETRY_SCHEDULED -> LOG.log(Level.WARNING, "Failed " + job + ": " + reason + "; retry in " + seconds(retryIn), failure);
                case FAILED_FOR_GOOD -> LOG.log(Level.WARNING, "Failed " + job + " on its last attempt, for good: " + reason, failure);
                case CLAIM_LOST -> LOG.log(Level.WARNING, "Failed " + job + ", but the claim had lapsed: not recorded", failure);
            }
        });
    }

    /**
     * Reports a job's outcome, retrying while the database is away. Safe to repeat: the report is
     * fenced by the claim, so once the lease lapses and another worker takes over it changes nothing.
     */
    private void report(ClaimedJob job, SqlCall call) {
        for (int failures = 1; ; failures++) {
            try {
                call.run();
                return;
            } catch (SQLException e) {
                if (stopping.get()) {
                    LOG.warning("Cannot report on " + job + " (" + FailureText.of(e) + ") and stopping: its lease will expire and it will run again");
                    return;
                }
                Duration delay = DATABASE_BACKOFF.delayAfter(failures);
                LOG.warning("Cannot report on " + job + ": " + FailureText.of(e) + "; retrying in " + seconds(delay));
                pause(delay);
            }
        }
    }

    private void beat() {
        ClaimedJob job = current.get();
        try {
            registry.heartbeat(identity, job == null ? OptionalLong.empty() : OptionalLong.of(job.id()));
            if (job != null && !queue.renewLease(job) && current.get() == job) {
                LOG.warning("Lost the lease on " + job + ": another worker may run it again; this result will not be recorded");
            }
            if (heartbeatFailing) {
                heartbeatFailing = false;
                LOG.info("Heartbeat recorded again");
            }
        } catch (SQLException e) {
            if (!heartbeatFailing) {
                heartbeatFailing = true;
                LOG.warning("Cannot record the heartbeat: " + FailureText.of(e) + "; trying again every " + seconds(timing.heartbeatEvery()));
            }
        } catch (RuntimeException e) {
            // an exception would cancel all later heartbeats
            LOG.log(Level.SEVERE, "Heartbeat failed unexpectedly", e);
        }
    }

    /**
     * Stops claiming, lets the current job finish within the grace period or gives it back, closes
     * the handlers (their child processes end with the worker) and removes the worker's row. Called from the shutdown hook; idempotent.
     */
    public void stop() {
        if (!stopping.compareAndSet(false, true)) {
            awaitQuietly(loopEnded, timing.stopGrace());
            return;
        }
        ClaimedJob job = current.get();
        LOG.info("Stopping worker " + identity.workerId() + (job == null ? "" : "; giving " + job + " up to "
                + seconds(timing.stopGrace()) + " to finish"));
        stopRequested.countDown();
        // heartbeats go on during the grace period: they keep the lease of the job that is finishing
        boolean finished = awaitQuietly(loopEnded, timing.stopGrace());
        heartbeats.shutdownNow();
        awaitHeartbeatsEnded();
        if (!finished) {
            giveBack(current.get());
            Thread loop = loopThread;
            if (loop != null) {
                loop.interrupt();
                // an interrupted handler kills its child process and returns at once
                awaitQuietly(loopEnded, INTERRUPTED_JOB_GRACE);
            }
        }
        handlers.close();
        if (registered) {
            try {
                registry.remove(identity.workerId());
            } catch (SQLException e) {
                LOG.warning("Cannot remove the worker's row (" + FailureText.of(e) + "): it will show as silent");
            }
        }
        LOG.info("Worker " + identity.workerId() + " stopped");
    }

    private void giveBack(ClaimedJob job) {
        if (job == null) {
            return;
        }
        try {
            if (queue.release(job)) {
                LOG.info("Gave back unfinished " + job + ": another worker can claim it now");
            }
        } catch (SQLException e) {
            LOG.warning("Cannot give back " + job + " (" + FailureText.of(e) + "): it runs again once its lease expires");
        }
    }

    private void awaitHeartbeatsEnded() {
        try {
            heartbeats.awaitTermination(timing.heartbeatEvery().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Retries {@code call} until it succeeds; false if the worker was stopped first. */
    private boolean untilDone(String what, SqlCall call) {
        for (int failures = 1; !stopping.get(); failures++) {
            try {
                call.run();
                return true;
            } catch (SQLException | RuntimeException e) {
                // Flyway wraps SQL failures in its own runtime exceptions
                if (stopping.get()) {
                    return false;
                }
                Duration delay = DATABASE_BACKOFF.delayAfter(failures);
                LOG.warning("Cannot " + what + ": " + FailureText.of(e) + "; retrying in " + seconds(delay));
                pause(delay);
            }
        }
        return false;
    }

    /** Sleeps, waking early when a stop is requested. */
    private void pause(Duration duration) {
        awaitQuietly(stopRequested, duration);
    }

    private static boolean awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            return latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static Duration jittered(Duration base) {
        long millis = base.toMillis();
        return Duration.ofMillis(millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1));
    }

    private static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
    }

    @FunctionalInterface
    private interface SqlCall {
        void run() throws SQLException;
    }
}
