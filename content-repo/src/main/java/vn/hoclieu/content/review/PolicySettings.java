package vn.hoclieu.content.review;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** How many approvals publish a material, the minimum average score, and when a claim is stale. */
public record PolicySettings(
        @Min(value = 1, message = "{review.policy.approvals}") @Max(value = 9, message = "{review.policy.approvals}") int requiredApprovals,
        @NotNull @DecimalMin(value = "1.0", message = "{review.policy.average}") @DecimalMax(value = "5.0", message = "{review.policy.average}") BigDecimal minimumAverage,
        @Min(value = 1, message = "{review.policy.stale}") @Max(value = 2160, message = "{review.policy.stale}") int staleClaimHours) {
}
