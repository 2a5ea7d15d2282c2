package vn.hoclieu.content.review;

/** What a reviewer decides. Requesting changes needs a comment; rejecting needs a reason. */
public enum ReviewDecision {
    APPROVE,
    REQUEST_CHANGES,
    REJECT
}
