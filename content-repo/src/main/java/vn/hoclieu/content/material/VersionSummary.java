package vn.hoclieu.content.material;

import java.time.Instant;

/** One version of a material: its review state and when it was submitted and published. */
public record VersionSummary(int number, MaterialStatus status, int reviewRound, String note, Instant createdAt,
                             Instant submittedAt, Instant publishedAt, boolean isPublic) {
}
