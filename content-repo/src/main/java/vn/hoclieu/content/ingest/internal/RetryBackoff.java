package vn.hoclieu.content.ingest.internal;

import java.time.Duration;

/**
 * Exponential backoff: {@code first}, then doubling after each further failure, never above
 * {@code cap}. Used for failed jobs and for reaching an unreachable database.
 */
public record RetryBackoff(Duration first, Duration cap) {

    public RetryBackoff {
        if (first.isNegative() || first.isZero()) {
            throw new IllegalArgumentException("The first delay must be positive, was " + first);
        }
        if (cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("The cap " + cap + " is below the first delay " + first);
        }
    }

    /** The delay after the {@code failures}-th failure in a row (1 for the first). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures counts from 1, was " + failures);
        }
        // 2^62 already overflows any Duration we multiply: stop doubling once past the cap
        Duration delay = first;
        for (int i = 1; i < failures && delay.compareTo(cap) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(cap) > 0 ? cap : delay;
    }
}
