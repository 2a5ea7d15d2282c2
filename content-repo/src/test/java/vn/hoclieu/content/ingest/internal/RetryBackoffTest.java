package vn.hoclieu.content.ingest.internal;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryBackoffTest {

    private final RetryBackoff backoff = new RetryBackoff(Duration.ofSeconds(30), Duration.ofMinutes(5));

    @Test
    void theFirstRetryWaitsTheFirstDelay() {
        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void eachFurtherFailureDoublesTheDelay() {
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofSeconds(120));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(240));
    }

    @Test
    void theDelayNeverExceedsTheCapHoweverManyFailures() {
        assertThat(backoff.delayAfter(5)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(5));
        assertThat(backoff.delayAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void failuresAreCountedFromOne() {
        assertThatThrownBy(() -> backoff.delayAfter(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCapBelowTheFirstDelayIsAMistake() {
        assertThatThrownBy(() -> new RetryBackoff(Duration.ofMinutes(1), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
