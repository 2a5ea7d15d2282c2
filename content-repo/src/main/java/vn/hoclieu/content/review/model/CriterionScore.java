package vn.hoclieu.content.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One rubric line of a review: 1–5 and an optional comment. */
@Embeddable
public class CriterionScore {

    @Column(name = "criterion_code", nullable = false, length = 40)
    private String criterionCode;

    @Column(nullable = false)
    private int score;

    @Column(length = 2000)
    private String comment;

    protected CriterionScore() {
    }

    public CriterionScore(String criterionCode, int score, String comment) {
        this.criterionCode = criterionCode;
        this.score = score;
        this.comment = comment;
    }

    public String criterionCode() { return criterionCode; }
    public int score() { return score; }
    public String comment() { return comment; }
}
