package vn.hoclieu.content.ingest.internal;

/**
 * A job as one worker holds it during one attempt. {@code workerId} and {@code attempt} together
 * fence the claim: once the lease has expired and someone else claimed the job, the old holder's
 * late report matches no row and changes nothing.
 *
 * @param attempt 1 for the first claim, counting every claim including lease expiries
 */
public record ClaimedJob(long id, String kind, String payload, int attempt, int maxAttempts, String workerId) {

    public boolean isLastAttempt() {
        return attempt >= maxAttempts;
    }

    @Override
    public String toString() {
        return "job " + id + " (" + kind + ", attempt " + attempt + " of " + maxAttempts + ")";
    }
}
