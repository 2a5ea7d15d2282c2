package vn.hoclieu.web.review.rest;

/** Who should hold a review seat now; null gives it back to the pool. */
public record AssigneeRequest(Long reviewerId) {
}
