package vn.hoclieu.content.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What the ingest workers' heartbeats say, all times from the database clock.
 *
 * @param lastHeartbeat the most recent heartbeat of any worker; empty when no worker is registered
 * @param aliveWorkers  workers whose last heartbeat lies within {@code window} of {@code checkedAt}
 * @param checkedAt     the database's time when the summary was read
 */
public record HeartbeatSummary(Optional<Instant> lastHeartbeat, int aliveWorkers, Duration window, Instant checkedAt) {

    public boolean anyAlive() {
        return aliveWorkers > 0;
    }

    /** How long no worker has beaten; empty when no worker is registered at all. */
    public Optional<Duration> silence() {
        return lastHeartbeat.map(last -> Duration.between(last, checkedAt));
    }
}
