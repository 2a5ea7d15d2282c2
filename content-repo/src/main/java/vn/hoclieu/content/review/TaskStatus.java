package vn.hoclieu.content.review;

/** A review seat: OPEN in its pool, CLAIMED by a reviewer, DECIDED, or CANCELLED when its round ended without it. */
public enum TaskStatus {
    OPEN,
    CLAIMED,
    DECIDED,
    CANCELLED
}
