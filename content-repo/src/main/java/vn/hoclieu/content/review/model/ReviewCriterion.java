package vn.hoclieu.content.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the rubric. Its labels are district data (both languages), not UI strings. */
@Entity
@Table(name = "content_review_criterion")
public class ReviewCriterion {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false)
    private int position;

    @Column(name = "label_vi", nullable = false, length = 300)
    private String labelVi;

    @Column(name = "label_en", nullable = false, length = 300)
    private String labelEn;

    @Column(nullable = false)
    private boolean active = true;

    protected ReviewCriterion() {
    }

    public ReviewCriterion(String code, int position, String labelVi, String labelEn) {
        this.code = code;
        this.position = position;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
    }

    public void relabel(int position, String labelVi, String labelEn, boolean active) {
        this.position = position;
        this.labelVi = labelVi;
        this.labelEn = labelEn;
        this.active = active;
    }

    public String code() { return code; }
    public int position() { return position; }
    public String labelVi() { return labelVi; }
    public String labelEn() { return labelEn; }
    public boolean active() { return active; }
}
