package vn.hoclieu.core.school.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A subject taught in a grade under GDPT 2018; reference data seeded by migration V7. */
@Entity
@Table(name = "core_grade_subject")
@IdClass(GradeSubject.Key.class)
public class GradeSubject {

    @Id
    @Column(nullable = false)
    private int grade;

    @Id
    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    /** Where the subject comes in the grade's list (Vietnamese first, Mathematics second…). */
    @Column(nullable = false)
    private int position;

    protected GradeSubject() {
    }

    public int grade() { return grade; }
    public Long subjectId() { return subjectId; }
    public int position() { return position; }

    /** The composite key (grade, subject). */
    public static class Key implements Serializable {
        private int grade;
        private Long subjectId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && grade == k.grade && Objects.equals(subjectId, k.subjectId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(grade, subjectId);
        }
    }
}
