package vn.hoclieu.content.ingest.isolation;

import java.time.Duration;

/** How long an isolated task may run and how much heap its JVM gets. */
public record TaskLimits(Duration timeout, int heapMegabytes) {

    public TaskLimits {
        if (timeout.isNegative() || timeout.isZero() || heapMegabytes < 64) {
            throw new IllegalArgumentException("bad limits: " + timeout + ", " + heapMegabytes + " MB");
        }
    }
}
