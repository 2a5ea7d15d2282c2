package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.content.review.model.ReviewPool;
import vn.hoclieu.content.review.model.ReviewTask;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A task with what a queue shows beside it: the material, the version and the pool. */
@ApplicationScoped
public class TaskSummaries {

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewedMaterials materials;

    public ReviewTaskSummary of(ReviewTask t) {
        return of(t, staleBefore());
    }

    /** A whole queue: the policy's stale time is read once, not once per task. */
    public java.util.List<ReviewTaskSummary> of(java.util.List<ReviewTask> tasks) {
        Instant staleBefore = staleBefore();
        return tasks.stream().map(t -> of(t, staleBefore)).toList();
    }

    private Instant staleBefore() {
        return Instant.now().minus(reviews.policy().staleClaimHours(), ChronoUnit.HOURS);
    }

    private ReviewTaskSummary of(ReviewTask t, Instant staleBefore) {
        Material m = materials.material(t.materialId());
        String poolName = reviews.pool(t.poolId()).map(ReviewPool::name).orElse("");
        boolean stale = t.status() == TaskStatus.CLAIMED && t.claimedAt() != null && t.claimedAt().isBefore(staleBefore);
        return new ReviewTaskSummary(t.id(), m.id(), m.title(), m.subjectCode(), m.grades(), m.type(), m.authorId(),
                materials.versionNumber(t.versionId()), t.round(), t.poolId(), poolName, t.status(), t.reviewerId(),
                t.claimedAt(), t.createdAt(), stale);
    }
}
