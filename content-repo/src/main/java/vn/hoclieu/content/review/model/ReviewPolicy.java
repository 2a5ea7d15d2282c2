package vn.hoclieu.content.review.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** The district's one review policy (row 1): approvals needed, minimum average, when a claim goes stale. */
@Entity
@Table(name = "content_review_policy")
public class ReviewPolicy {

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "required_approvals", nullable = false)
    private int requiredApprovals;

    @Column(name = "minimum_average", nullable = false, precision = 3, scale = 2)
    private BigDecimal minimumAverage;

    @Column(name = "stale_claim_hours", nullable = false)
    private int staleClaimHours;

    protected ReviewPolicy() {
    }

    public void configure(int requiredApprovals, BigDecimal minimumAverage, int staleClaimHours) {
        this.requiredApprovals = requiredApprovals;
        this.minimumAverage = minimumAverage;
        this.staleClaimHours = staleClaimHours;
    }

    public int requiredApprovals() { return requiredApprovals; }
    public BigDecimal minimumAverage() { return minimumAverage; }
    public int staleClaimHours() { return staleClaimHours; }
}
