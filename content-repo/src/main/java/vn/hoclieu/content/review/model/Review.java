package vn.hoclieu.content.review.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import vn.hoclieu.content.review.ReviewDecision;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A reviewer's decision on a task with the rubric's scores. Immutable: every column is insert-only. */
@Entity
@Table(name = "content_review")
public class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "task_id", nullable = false, updatable = false)
    private Long taskId;

    @Column(name = "material_id", nullable = false, updatable = false)
    private Long materialId;

    @Column(name = "version_id", nullable = false, updatable = false)
    private Long versionId;

    @Column(nullable = false, updatable = false)
    private int round;

    @Column(name = "reviewer_id", nullable = false, updatable = false)
    private Long reviewerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private ReviewDecision decision;

    @Column(columnDefinition = "TEXT", updatable = false)
    private String comment;

    @Column(name = "average_score", nullable = false, updatable = false, precision = 3, scale = 2)
    private BigDecimal averageScore;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "content_review_score", joinColumns = @JoinColumn(name = "review_id"))
    @OrderBy("criterionCode")
    private List<CriterionScore> scores = new ArrayList<>();

    protected Review() {
    }

    public Review(ReviewTask task, ReviewDecision decision, String comment, List<CriterionScore> scores) {
        this.taskId = task.id();
        this.materialId = task.materialId();
        this.versionId = task.versionId();
        this.round = task.round();
        this.reviewerId = task.reviewerId();
        this.decision = decision;
        this.comment = comment;
        this.scores = new ArrayList<>(scores);
        this.averageScore = average(scores);
    }

    private static BigDecimal average(List<CriterionScore> scores) {
        int sum = scores.stream().mapToInt(CriterionScore::score).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    public Long id() { return id; }
    public Long taskId() { return taskId; }
    public Long materialId() { return materialId; }
    public Long versionId() { return versionId; }
    public int round() { return round; }
    public Long reviewerId() { return reviewerId; }
    public ReviewDecision decision() { return decision; }
    public String comment() { return comment; }
    public BigDecimal averageScore() { return averageScore; }
    public Instant createdAt() { return createdAt; }
    public List<CriterionScore> scores() { return List.copyOf(scores); }
}
