package vn.hoclieu.core.course.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A learner's stars and short text about a course: one per learner, editable; hidden by a district admin when abusive. */
@Entity
@Table(name = "core_course_review")
public class CourseReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Column(nullable = false)
    private int stars;

    @Column(length = 1000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_by")
    private Long hiddenBy;

    @Column(name = "hide_reason", length = 500)
    private String hideReason;

    protected CourseReview() {
    }

    public CourseReview(long courseId, long learnerId, int stars, String body, Instant now) {
        this.courseId = courseId;
        this.learnerId = learnerId;
        this.createdAt = now;
        edit(stars, body, now);
    }

    /** A hidden review stays hidden when its writer edits it: editing is no way round moderation. */
    public void edit(int stars, String body, Instant now) {
        this.stars = stars;
        this.body = body;
        this.updatedAt = now;
    }

    public void hide(long adminId, String reason, Instant now) {
        this.hiddenAt = now;
        this.hiddenBy = adminId;
        this.hideReason = reason;
    }

    public boolean hidden() {
        return hiddenAt != null;
    }

    public Long id() { return id; }
    public long courseId() { return courseId; }
    public long learnerId() { return learnerId; }
    public int stars() { return stars; }
    public String body() { return body; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public String hideReason() { return hideReason; }
}
