package vn.hoclieu.core.school.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** A class of pupils in one school year ("3B"). Pupils and teachers are held by account id. */
@Entity
@Table(name = "core_school_class")
public class SchoolClass {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "school_year_id", nullable = false)
    private Long schoolYearId;

    @Column(nullable = false, length = 20)
    private String name;

    @Column(nullable = false)
    private int grade;

    @Column(name = "homeroom_teacher_id")
    private Long homeroomTeacherId;

    @ElementCollection
    @CollectionTable(name = "core_class_pupil", joinColumns = @JoinColumn(name = "class_id"))
    @Column(name = "account_id")
    private Set<Long> pupilIds = new HashSet<>();

    protected SchoolClass() {
    }

    public SchoolClass(Long schoolYearId, String name, int grade, Long homeroomTeacherId) {
        if (grade < 1 || grade > 12) {
            throw new IllegalArgumentException("Grade must be 1–12, was " + grade);
        }
        this.schoolYearId = schoolYearId;
        this.name = name;
        this.grade = grade;
        this.homeroomTeacherId = homeroomTeacherId;
    }

    public void enrol(Long pupilId) {
        pupilIds.add(pupilId);
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** The homeroom teacher (giáo viên chủ nhiệm), or none. */
    public void appointHomeroomTeacher(Long teacherId) {
        this.homeroomTeacherId = teacherId;
    }

    public Long id() { return id; }
    public Long schoolYearId() { return schoolYearId; }
    public String name() { return name; }
    public int grade() { return grade; }
    public Long homeroomTeacherId() { return homeroomTeacherId; }
    public Set<Long> pupilIds() { return Set.copyOf(pupilIds); }
}
