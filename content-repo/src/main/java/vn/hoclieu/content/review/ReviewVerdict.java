package vn.hoclieu.content.review;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A reviewer's decision with the rubric filled in. Every active criterion must be scored; a
 * request for changes needs a comment and a rejection a reason (checked by the service, which
 * knows the rubric).
 */
public record ReviewVerdict(
        @NotNull(message = "{review.decision.required}") ReviewDecision decision,
        @Size(max = 10000, message = "{review.comment.size}") String comment,
        @NotEmpty(message = "{review.scores.required}") List<@Valid @NotNull CriterionScoreInput> scores) {
}
