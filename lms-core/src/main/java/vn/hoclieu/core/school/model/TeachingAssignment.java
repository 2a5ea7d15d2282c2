package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;

/** Who teaches which subject in which class. */
@Entity
@Table(name = "core_teaching_assignment")
@IdClass(TeachingAssignment.Key.class)
public class TeachingAssignment {

    @Id
    @Column(name = "class_id")
    private Long classId;

    @Id
    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "teacher_id", nullable = false)
    private Long teacherId;

    protected TeachingAssignment() {
    }

    public TeachingAssignment(Long classId, Long subjectId, Long teacherId) {
        this.classId = classId;
        this.subjectId = subjectId;
        this.teacherId = teacherId;
    }

    /** Another teacher takes the subject over in this class. */
    public void handTo(Long newTeacherId) {
        this.teacherId = newTeacherId;
    }

    public Long classId() { return classId; }
    public Long subjectId() { return subjectId; }
    public Long teacherId() { return teacherId; }

    /** The composite key (class, subject); JPA wants a mutable class with matching fields. */
    public static class Key implements Serializable {
        private Long classId;
        private Long subjectId;

        public Key() {
        }

        public Key(Long classId, Long subjectId) {
            this.classId = classId;
            this.subjectId = subjectId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(classId, k.classId)
                    && java.util.Objects.equals(subjectId, k.subjectId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(classId, subjectId);
        }
    }
}
