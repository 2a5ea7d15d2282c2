package vn.hoclieu.core.assignment.model;

import vn.hoclieu.core.assignment.LatePolicy;

import java.time.Instant;

/**
 * When work may be handed in. On time until {@code dueAt}; late until the cut-off; never after.
 * Without a cut-off, ACCEPT_* policies take late work without end and REFUSE_AFTER_CUTOFF closes at
 * the due time. An extension is simply another window for one pupil.
 */
public record SubmissionWindow(Instant opensAt, Instant dueAt, Instant cutoffAt, LatePolicy policy) {

    /** When nothing more is accepted, or null when never. */
    public Instant closesAt() {
        if (cutoffAt != null) {
            return cutoffAt;
        }
        return policy == LatePolicy.REFUSE_AFTER_CUTOFF ? dueAt : null;
    }

    public boolean isOpen(Instant now) {
        return !now.isBefore(opensAt);
    }

    public boolean isPastDue(Instant now) {
        return now.isAfter(dueAt);
    }

    public boolean isClosed(Instant now) {
        Instant closes = closesAt();
        return closes != null && now.isAfter(closes);
    }

    /** The same rules with a pupil's own due time and cut-off. */
    public SubmissionWindow extendedTo(Instant newDue, Instant newCutoff) {
        return new SubmissionWindow(opensAt, newDue, newCutoff, policy);
    }

    /** The percentage to take off a late submission's score (only under ACCEPT_WITH_PENALTY). */
    public int penaltyFor(boolean late, int penaltyPercent) {
        return late && policy == LatePolicy.ACCEPT_WITH_PENALTY ? penaltyPercent : 0;
    }
}
