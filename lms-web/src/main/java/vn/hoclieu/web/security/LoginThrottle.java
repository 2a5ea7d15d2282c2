package vn.hoclieu.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing: after too many failed sign-ins for one account, or from one network
 * address, further attempts are refused for a while without even checking the password.
 * Counters live in this server's memory (a restart forgets them; each node of a cluster counts
 * on its own), which is enough to make online guessing impractical.
 */
@ApplicationScoped
public class LoginThrottle {

    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    @Inject
    @ConfigProperty(name = "hoclieu.login.max-failures-per-account", defaultValue = "5")
    int maxPerAccount;

    @Inject
    @ConfigProperty(name = "hoclieu.login.max-failures-per-address", defaultValue = "20")
    int maxPerAddress;

    @Inject
    @ConfigProperty(name = "hoclieu.login.lockout-seconds", defaultValue = "300")
    long lockoutSeconds;

    Clock clock = Clock.systemUTC();

    /** How long the caller must still wait, if either counter is over its limit. */
    public Optional<Duration> waitFor(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(byAccount.get(key(username)), maxPerAccount, now);
        Duration network = remaining(byAddress.get(address), maxPerAddress, now);
        Duration longest = account.compareTo(network) >= 0 ? account : network;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        byAccount.compute(key(username), (k, f) -> Failures.after(f, now, window()));
        byAddress.compute(address, (k, f) -> Failures.after(f, now, window()));
    }

    /** A success clears the account's counter, not the address's: one good password must not unlock guessing at others. */
    public void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private Duration remaining(Failures failures, int limit, Instant now) {
        if (failures == null || failures.count() < limit) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, failures.last().plus(window()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private Duration window() {
        return Duration.ofSeconds(lockoutSeconds);
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
    }

    /** Failures counted since the last quiet period longer than the window. */
    record Failures(int count, Instant last) {
        static Failures after(Failures previous, Instant now, Duration window) {
            if (previous == null || previous.last().plus(window).isBefore(now)) {
                return new Failures(1, now);
            }
            return new Failures(previous.count() + 1, now);
        }
    }
}
