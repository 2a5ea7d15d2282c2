package vn.hoclieu.content.review;

import vn.hoclieu.content.material.MaterialType;

import java.time.Instant;
import java.util.Set;

/** A review seat as queues list it. {@code stale}: claimed longer ago than the policy allows. */
public record ReviewTaskSummary(long id, long materialId, String materialTitle, String subjectCode, Set<Integer> grades,
                                MaterialType type, long authorId, int versionNumber, int round, long poolId,
                                String poolName, TaskStatus status, Long reviewerId, Instant claimedAt,
                                Instant createdAt, boolean stale) {
}
