package vn.hoclieu.content.catalogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A teacher's rating of a material they used. */
public record RatingInput(
        @NotNull(message = "{rating.score.range}") @Min(value = 1, message = "{rating.score.range}") @Max(value = 5, message = "{rating.score.range}") Integer score,
        @Size(max = 4000, message = "{rating.comment.size}") String comment) {
}
