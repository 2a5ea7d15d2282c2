package vn.hoclieu.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle();

    @BeforeEach
    void limits() {
        throttle.maxPerAccount = 3;
        throttle.maxPerAddress = 5;
        throttle.lockoutSeconds = 300;
        throttle.clock = clock;
    }

    @Test
    void anAccountIsLockedAfterItsLimitOfFailures() {
        fail("lan", "10.0.0.1", 3);

        assertThat(throttle.waitFor("lan", "10.0.0.2")).contains(Duration.ofSeconds(300));
    }

    @Test
    void fewerFailuresThanTheLimitDoNotLock() {
        fail("lan", "10.0.0.1", 2);

        assertThat(throttle.waitFor("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void usernamesAreCountedWhateverTheirCase() {
        fail("Lan", "10.0.0.1", 2);
        fail(" lan ", "10.0.0.1", 1);

        assertThat(throttle.waitFor("LAN", "10.0.0.9")).isPresent();
    }

    @Test
    void anAddressGuessingManyAccountsIsLocked() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("user" + i, "10.0.0.7");
        }

        assertThat(throttle.waitFor("someone-else", "10.0.0.7")).isPresent();
        assertThat(throttle.waitFor("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void theLockEndsAfterTheLockoutPeriod() {
        fail("lan", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(301));

        assertThat(throttle.waitFor("lan", "10.0.0.1")).isEmpty();
    }

    @Test
    void theRemainingWaitShrinksAsTimePasses() {
        fail("lan", "10.0.0.1", 3);
        clock.advance(Duration.ofSeconds(100));

        assertThat(throttle.waitFor("lan", "10.0.0.1")).contains(Duration.ofSeconds(200));
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("lan", "10.0.0.1");
        }
        throttle.succeeded("lan");

        assertThat(throttle.waitFor("lan", "10.0.0.2")).isEmpty();
        assertThat(throttle.waitFor("lan", "10.0.0.1")).isPresent();
    }

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, address);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-28T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
