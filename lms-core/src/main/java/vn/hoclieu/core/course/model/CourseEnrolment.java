package vn.hoclieu.core.course.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A learner's self-enrolment in a course; per-unit progress is in {@code core_course_progress}. */
@Entity
@Table(name = "core_course_enrolment")
public class CourseEnrolment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "course_id", nullable = false)
    private long courseId;

    @Column(name = "learner_id", nullable = false)
    private long learnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private EnrolmentStatus status;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "last_unit_id")
    private Long lastUnitId;

    protected CourseEnrolment() {
    }

    public CourseEnrolment(long courseId, long learnerId, Instant now) {
        this.courseId = courseId;
        this.learnerId = learnerId;
        this.status = EnrolmentStatus.ACTIVE;
        this.enrolledAt = now;
    }

    /** Back after withdrawing: active again, or completed if it was completed before. */
    public void rejoin() {
        this.status = completedAt != null ? EnrolmentStatus.COMPLETED : EnrolmentStatus.ACTIVE;
    }

    public void withdraw() {
        this.status = EnrolmentStatus.WITHDRAWN;
    }

    /** True only the first time: completion happens once per enrolment. */
    public boolean complete(Instant now) {
        if (completedAt != null) {
            return false;
        }
        completedAt = now;
        status = EnrolmentStatus.COMPLETED;
        return true;
    }

    public void reached(long unitId) {
        this.lastUnitId = unitId;
    }

    public boolean active() {
        return status != EnrolmentStatus.WITHDRAWN;
    }

    public Long id() { return id; }
    public long courseId() { return courseId; }
    public long learnerId() { return learnerId; }
    public EnrolmentStatus status() { return status; }
    public Instant enrolledAt() { return enrolledAt; }
    public Instant completedAt() { return completedAt; }
    public Long lastUnitId() { return lastUnitId; }
}
