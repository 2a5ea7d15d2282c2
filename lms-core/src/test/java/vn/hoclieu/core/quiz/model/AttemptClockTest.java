package vn.hoclieu.core.quiz.model;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The server's clock of an attempt: the time limit, the quiz's closing and the grace for a save in flight. */
class AttemptClockTest {

    private static final Instant START = Instant.parse("2026-12-01T01:00:00Z");
    private static final Optional<Duration> FORTY_FIVE_MINUTES = Optional.of(Duration.ofMinutes(45));

    @Test
    void theTimeLimitEndsTheAttempt() {
        assertThat(new AttemptClock(START, FORTY_FIVE_MINUTES, Optional.empty()).endsAt()).hasValue(START.plus(Duration.ofMinutes(45)));
    }

    @Test
    void aQuizClosingEarlierCutsTheLimitShort() {
        Instant close = START.plus(Duration.ofMinutes(20));
        assertThat(new AttemptClock(START, FORTY_FIVE_MINUTES, Optional.of(close)).endsAt()).hasValue(close);
    }

    @Test
    void aQuizClosingLaterDoesNotLengthenTheLimit() {
        Instant close = START.plus(Duration.ofHours(3));
        assertThat(new AttemptClock(START, FORTY_FIVE_MINUTES, Optional.of(close)).endsAt()).hasValue(START.plus(Duration.ofMinutes(45)));
    }

    @Test
    void withoutLimitOrClosingItNeverEnds() {
        AttemptClock clock = new AttemptClock(START, Optional.empty(), Optional.empty());
        assertThat(clock.endsAt()).isEmpty();
        assertThat(clock.takesAnswersAt(START.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void whatRemainsComesFromTheServersNow() {
        AttemptClock clock = new AttemptClock(START, FORTY_FIVE_MINUTES, Optional.empty());
        assertThat(clock.remaining(START.plus(Duration.ofMinutes(44)))).hasValue(Duration.ofMinutes(1));
        assertThat(clock.remaining(START.plus(Duration.ofMinutes(50)))).hasValue(Duration.ZERO);
    }

    @Test
    void aSaveArrivingWithinTheGraceStillCounts() {
        AttemptClock clock = new AttemptClock(START, FORTY_FIVE_MINUTES, Optional.empty());
        Instant end = START.plus(Duration.ofMinutes(45));
        assertThat(clock.takesAnswersAt(end.plus(AttemptClock.GRACE))).isTrue();
        assertThat(clock.takesAnswersAt(end.plus(AttemptClock.GRACE).plusMillis(1))).isFalse();
        assertThat(clock.overAt(end.plus(AttemptClock.GRACE).plusMillis(1))).isTrue();
    }

    @Test
    void aTimeLimitIsPositive() {
        assertThatThrownBy(() -> new AttemptClock(START, Optional.of(Duration.ZERO), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
