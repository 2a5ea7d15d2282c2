package vn.hoclieu.core.quiz.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The server's clock of one attempt: it ends at the time limit after its start or when the quiz
 * closes, whichever is first. The browser only shows what the server says remains. An answer that
 * reaches the server a little after the end still counts if the pupil sent it in time: a grace of a
 * few seconds covers the last save in flight on a slow link (never more — it would lengthen the quiz).
 */
public record AttemptClock(Instant startedAt, Optional<Duration> timeLimit, Optional<Instant> closesAt) {

    public static final Duration GRACE = Duration.ofSeconds(15);

    public AttemptClock {
        timeLimit.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("a time limit is positive");
            }
        });
    }

    /** When the attempt ends, if it ends at all (no limit and no closing time: never). */
    public Optional<Instant> endsAt() {
        Optional<Instant> byLimit = timeLimit.map(startedAt::plus);
        if (byLimit.isEmpty()) {
            return closesAt;
        }
        return closesAt.filter(c -> c.isBefore(byLimit.get())).or(() -> byLimit);
    }

    /** What remains at {@code now}, never negative; empty when the attempt has no end. */
    public Optional<Duration> remaining(Instant now) {
        return endsAt().map(end -> now.isBefore(end) ? Duration.between(now, end) : Duration.ZERO);
    }

    /** Whether answers arriving at {@code now} are still taken (the end plus the grace). */
    public boolean takesAnswersAt(Instant now) {
        return endsAt().map(end -> !now.isAfter(end.plus(GRACE))).orElse(true);
    }

    /** Whether the attempt is over and may be submitted by the server (after the grace). */
    public boolean overAt(Instant now) {
        return !takesAnswersAt(now);
    }
}
