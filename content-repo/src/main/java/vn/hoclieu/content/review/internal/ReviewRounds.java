package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.EventAction;
import vn.hoclieu.content.material.MaterialHistory;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialVersion;
import vn.hoclieu.content.notification.NotificationKind;
import vn.hoclieu.content.notification.Notifier;
import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.content.review.model.Review;
import vn.hoclieu.content.review.model.ReviewPolicy;
import vn.hoclieu.content.review.model.ReviewPool;
import vn.hoclieu.content.review.model.ReviewTask;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A review round: its seats (one per required approval), who may take them, and what the
 * decisions add up to. Runs inside the service's transaction, with the material locked.
 */
@ApplicationScoped
public class ReviewRounds {

    @Inject
    ReviewRepository reviews;

    @Inject
    MaterialHistory history;

    @Inject
    Notifier notifier;


    /** The most specific pool that covers the material's subject and one of its grades. */
    public ReviewPool poolFor(Material material) {
        ReviewPool pool = reviews.pools().stream()
                .filter(p -> p.fit(material.subjectCode(), material.grades()) >= 0)
                .max(Comparator.comparingInt((ReviewPool p) -> p.fit(material.subjectCode(), material.grades()))
                        .thenComparing(ReviewPool::id, Comparator.reverseOrder()))
                .orElseThrow(() -> new ChangeRefusedException("no_review_pool", material.subjectCode()));
        int required = reviews.policy().requiredApprovals();
        long eligible = pool.reviewerIds().stream().filter(r -> r != material.authorId().longValue()).count();
        if (eligible < required) {
            throw new ChangeRefusedException("pool_too_small", pool.name(), eligible, required);
        }
        return pool;
    }

    /**
     * Opens the round's seats. A resubmission goes back to the reviewers of the round before
     * where they are still in the pool; the other seats open to the whole pool.
     */
    public void open(Material material, MaterialVersion version, ReviewPool pool) {
        int required = reviews.policy().requiredApprovals();
        List<Long> returning = previousReviewers(version).stream()
                .filter(r -> pool.reviewerIds().contains(r) && r != material.authorId().longValue())
                .limit(required).toList();
        int seat = 1;
        for (Long reviewer : returning) {
            reviews.add(ReviewTask.heldBy(reviewer, material.id(), version.id(), pool.id(), version.reviewRound(), seat++));
            notifier.post(reviewer, NotificationKind.REVIEW_TASK_ASSIGNED, material.id(), material.title(), null);
        }
        for (; seat <= required; seat++) {
            reviews.add(new ReviewTask(material.id(), version.id(), pool.id(), version.reviewRound(), seat));
        }
        if (!returning.isEmpty()) {
            version.moveTo(MaterialStatus.IN_REVIEW);
            material.showState(MaterialStatus.IN_REVIEW);
            history.record(material.id(), version.number(), null, EventAction.REASSIGNED, MaterialStatus.SUBMITTED,
                    MaterialStatus.IN_REVIEW, null);
        }
        if (returning.size() < required) {
            Set<Long> others = new HashSet<>(pool.reviewerIds());
            others.remove(material.authorId());
            others.removeAll(returning);
            notifier.postAll(others, NotificationKind.REVIEW_TASK_OPENED, material.id(), material.title(), null);
        }
    }

    private Set<Long> previousReviewers(MaterialVersion version) {
        Set<Long> reviewers = new LinkedHashSet<>();
        if (version.reviewRound() > 1) {
            reviews.reviewsOfRound(version.id(), version.reviewRound() - 1).forEach(r -> reviewers.add(r.reviewerId()));
        }
        return reviewers;
    }

    /** Who may hold a seat: a member of its pool, not the author, holding no other seat of the round. */
    public void requireEligible(ReviewTask task, Material material, long reviewerId) {
        if (material.authorId() == reviewerId) {
            throw new NotPermittedException("own_material");
        }
        ReviewPool pool = reviews.pool(task.poolId()).orElseThrow();
        if (!pool.reviewerIds().contains(reviewerId)) {
            throw new NotPermittedException("not_in_pool");
        }
        boolean holdsAnother = reviews.tasksOfRound(task.versionId(), task.round()).stream()
                .anyMatch(t -> !t.id().equals(task.id()) && t.reviewerId() != null && t.reviewerId() == reviewerId);
        if (holdsAnother) {
            throw new ChangeRefusedException("already_reviewing");
        }
        if (task.status() != TaskStatus.OPEN) {
            throw new ChangeRefusedException("already_claimed");
        }
    }

    /** What a decision does to the version: changes requested, rejected, published, or nothing yet. */
    public void decided(Material material, MaterialVersion version, ReviewTask task, Review review) {
        ReviewDecision decision = review.decision();
        EventAction action = switch (decision) {
            case APPROVE -> EventAction.APPROVED;
            case REQUEST_CHANGES -> EventAction.CHANGES_REQUESTED;
            case REJECT -> EventAction.REJECTED;
        };
        MaterialStatus after = switch (decision) {
            case APPROVE -> MaterialStatus.IN_REVIEW;
            case REQUEST_CHANGES -> MaterialStatus.CHANGES_REQUESTED;
            case REJECT -> MaterialStatus.REJECTED;
        };
        history.record(material.id(), version.number(), review.reviewerId(), action, MaterialStatus.IN_REVIEW, after, review.comment());
        NotificationKind told = switch (decision) {
            case APPROVE -> NotificationKind.MATERIAL_APPROVED;
            case REQUEST_CHANGES -> NotificationKind.MATERIAL_CHANGES_REQUESTED;
            case REJECT -> NotificationKind.MATERIAL_REJECTED;
        };
        notifier.post(material.authorId(), told, material.id(), material.title(), review.comment());
        if (decision == ReviewDecision.APPROVE) {
            countApprovals(material, version);
        } else {
            endRound(material, version, after);
        }
    }

    private void countApprovals(Material material, MaterialVersion version) {
        ReviewPolicy policy = reviews.policy();
        List<Review> approvals = reviews.reviewsOfRound(version.id(), version.reviewRound()).stream()
                .filter(r -> r.decision() == ReviewDecision.APPROVE).toList();
        if (approvals.size() < policy.requiredApprovals()) {
            return;
        }
        BigDecimal average = approvals.stream().map(Review::averageScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(approvals.size()), 2, RoundingMode.HALF_UP);
        if (average.compareTo(policy.minimumAverage()) >= 0) {
            endRound(material, version, MaterialStatus.PUBLISHED);
            history.record(material.id(), version.number(), null, EventAction.PUBLISHED, MaterialStatus.IN_REVIEW,
                    MaterialStatus.PUBLISHED, average.toPlainString());
            notifier.post(material.authorId(), NotificationKind.MATERIAL_PUBLISHED, material.id(), material.title(), null);
        } else {
            endRound(material, version, MaterialStatus.CHANGES_REQUESTED);
            String detail = average.toPlainString() + " < " + policy.minimumAverage().toPlainString();
            history.record(material.id(), version.number(), null, EventAction.RETURNED, MaterialStatus.IN_REVIEW,
                    MaterialStatus.CHANGES_REQUESTED, detail);
            notifier.post(material.authorId(), NotificationKind.MATERIAL_RETURNED, material.id(), material.title(), detail);
        }
    }

    /** The round is over: seats nobody decided are cancelled, and the version takes its new state. */
    private void endRound(Material material, MaterialVersion version, MaterialStatus state) {
        reviews.tasksOfRound(version.id(), version.reviewRound()).stream()
                .filter(t -> t.status() == TaskStatus.OPEN || t.status() == TaskStatus.CLAIMED)
                .forEach(ReviewTask::cancel);
        version.moveTo(state);
        if (state == MaterialStatus.PUBLISHED) {
            material.published(version.id());
        } else {
            material.showState(state);
        }
    }
}
