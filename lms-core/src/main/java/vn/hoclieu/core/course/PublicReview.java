package vn.hoclieu.core.course;

import java.time.Instant;

/**
 * One review as anyone may read it: the writer only as a given name and the family name's initial
 * ("Lan N."), for privacy.
 */
public record PublicReview(long id, int stars, String text, String reviewer, Instant updatedAt) {
}
