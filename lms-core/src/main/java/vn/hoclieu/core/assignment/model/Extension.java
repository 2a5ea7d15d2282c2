package vn.hoclieu.core.assignment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A pupil's own due time and cut-off for an assignment. */
@Entity
@Table(name = "core_assignment_extension")
@IdClass(Extension.Key.class)
public class Extension {

    @Id
    @Column(name = "assignment_id")
    private Long assignmentId;

    @Id
    @Column(name = "pupil_id")
    private Long pupilId;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "cutoff_at")
    private Instant cutoffAt;

    @Column(name = "granted_by", nullable = false)
    private long grantedBy;

    protected Extension() {
    }

    public Extension(long assignmentId, long pupilId) {
        this.assignmentId = assignmentId;
        this.pupilId = pupilId;
    }

    public void moveTo(Instant dueAt, Instant cutoffAt, long teacherId) {
        this.dueAt = dueAt;
        this.cutoffAt = cutoffAt;
        this.grantedBy = teacherId;
    }

    public long pupilId() { return pupilId; }
    public Instant dueAt() { return dueAt; }
    public Instant cutoffAt() { return cutoffAt; }

    /** The composite key (assignment, pupil). */
    public static class Key implements Serializable {
        private Long assignmentId;
        private Long pupilId;

        public Key() {
        }

        public Key(Long assignmentId, Long pupilId) {
            this.assignmentId = assignmentId;
            this.pupilId = pupilId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(assignmentId, k.assignmentId) && Objects.equals(pupilId, k.pupilId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assignmentId, pupilId);
        }
    }
}
