package vn.hoclieu.core.quiz.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A teacher's folder of bank questions for one subject and grade; shared district-wide as a whole, through review. */
@Entity
@Table(name = "core_question_category")
public class QuestionCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id", nullable = false)
    private long ownerId;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false)
    private int grade;

    @Column(nullable = false, length = 200)
    private String name;

    /** The content-repo material that carries the category through review (QUESTION_SET); null until first submitted. */
    @Column(name = "carrier_material_id")
    private Long carrierMaterialId;

    protected QuestionCategory() {
    }

    public QuestionCategory(long ownerId, long subjectId, int grade, String name) {
        this.ownerId = ownerId;
        this.subjectId = subjectId;
        this.grade = grade;
        this.name = name;
    }

    /** A new carrier: the first submission, or the next after a withdrawal (a retired material takes no new version). */
    public void carriedBy(Long materialId) {
        this.carrierMaterialId = materialId;
    }

    public Long id() { return id; }
    public long ownerId() { return ownerId; }
    public long subjectId() { return subjectId; }
    public int grade() { return grade; }
    public String name() { return name; }
    public Long carrierMaterialId() { return carrierMaterialId; }
}
