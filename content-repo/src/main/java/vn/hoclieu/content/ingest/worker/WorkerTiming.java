package vn.hoclieu.content.ingest.worker;

import java.time.Duration;

/**
 * @param heartbeatEvery how often the worker says it is alive and renews its job's lease
 * @param idlePoll       the pause between claims when the queue is empty (jittered by ±50 %, so
 *                       that many workers started together do not poll in step)
 * @param stopGrace      how long a stopping worker waits for its current job before giving it back
 */
public record WorkerTiming(Duration heartbeatEvery, Duration idlePoll, Duration stopGrace) {

    /** The stop grace fits inside the 10 s a container runtime waits after SIGTERM before killing. */
    public static final WorkerTiming DEFAULTS = new WorkerTiming(Duration.ofSeconds(5), Duration.ofSeconds(1), Duration.ofSeconds(8));
}
