package vn.hoclieu.content.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.content.review.TaskStatus;

import java.time.Instant;

/**
 * One seat of a review round. Claiming is not done here but by a conditional UPDATE in the
 * repository, so that of two reviewers claiming at the same moment exactly one wins.
 */
@Entity
@Table(name = "content_review_task")
public class ReviewTask {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "material_id", nullable = false)
    private Long materialId;

    @Column(name = "version_id", nullable = false)
    private Long versionId;

    @Column(name = "pool_id", nullable = false)
    private Long poolId;

    @Column(nullable = false)
    private int round;

    @Column(nullable = false)
    private int seat;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "claimed_at")
    private Instant claimedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected ReviewTask() {
    }

    public ReviewTask(long materialId, long versionId, long poolId, int round, int seat) {
        this.materialId = materialId;
        this.versionId = versionId;
        this.poolId = poolId;
        this.round = round;
        this.seat = seat;
    }

    /** A seat of a resubmission, given straight back to the reviewer of the round before. */
    public static ReviewTask heldBy(long reviewerId, long materialId, long versionId, long poolId, int round, int seat) {
        ReviewTask task = new ReviewTask(materialId, versionId, poolId, round, seat);
        task.status = TaskStatus.CLAIMED;
        task.reviewerId = reviewerId;
        task.claimedAt = Instant.now();
        return task;
    }

    public void release() {
        status = TaskStatus.OPEN;
        reviewerId = null;
        claimedAt = null;
    }

    public void assignTo(long reviewer) {
        status = TaskStatus.CLAIMED;
        reviewerId = reviewer;
        claimedAt = Instant.now();
    }

    public void decided() {
        status = TaskStatus.DECIDED;
        decidedAt = Instant.now();
    }

    public void cancel() {
        status = TaskStatus.CANCELLED;
    }

    public boolean isHeldBy(long reviewer) {
        return status == TaskStatus.CLAIMED && reviewerId != null && reviewerId == reviewer;
    }

    public Long id() { return id; }
    public Long materialId() { return materialId; }
    public Long versionId() { return versionId; }
    public Long poolId() { return poolId; }
    public int round() { return round; }
    public int seat() { return seat; }
    public TaskStatus status() { return status; }
    public Long reviewerId() { return reviewerId; }
    public Instant claimedAt() { return claimedAt; }
    public Instant decidedAt() { return decidedAt; }
    public Instant createdAt() { return createdAt; }
}
