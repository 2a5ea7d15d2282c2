package vn.hoclieu.content.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A reviewer's score (1–5) for one rubric criterion, with an optional comment. */
public record CriterionScoreInput(
        @NotBlank(message = "{review.criterion.required}") String criterion,
        @NotNull(message = "{review.score.range}") @Min(value = 1, message = "{review.score.range}") @Max(value = 5, message = "{review.score.range}") Integer score,
        @Size(max = 2000, message = "{review.comment.size}") String comment) {
}
