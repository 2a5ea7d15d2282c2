package vn.hoclieu.core.assignment.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** A rubric criterion as stored. */
@Embeddable
public class RubricLine {

    @Column(nullable = false, length = 200)
    private String criterion;

    @Column(name = "max_points", nullable = false, precision = 5, scale = 1)
    private BigDecimal maxPoints;

    protected RubricLine() {
    }

    public RubricLine(String criterion, BigDecimal maxPoints) {
        this.criterion = criterion;
        this.maxPoints = maxPoints;
    }

    public String criterion() { return criterion; }
    public BigDecimal maxPoints() { return maxPoints; }
}
