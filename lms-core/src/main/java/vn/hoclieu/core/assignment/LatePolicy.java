package vn.hoclieu.core.assignment;

/** What happens to work handed in after the due time (and before the cut-off, after which it is always refused). */
public enum LatePolicy {
    ACCEPT_MARK_LATE, ACCEPT_WITH_PENALTY, REFUSE_AFTER_CUTOFF
}
