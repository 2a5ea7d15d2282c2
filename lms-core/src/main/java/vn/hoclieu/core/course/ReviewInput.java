package vn.hoclieu.core.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A learner's rating: 1–5 stars and an optional short text (plain text; markup is dropped). */
public record ReviewInput(
        @NotNull(message = "{course.review.stars.range}") @Min(value = 1, message = "{course.review.stars.range}")
        @Max(value = 5, message = "{course.review.stars.range}") Integer stars,
        @Size(max = ReviewInput.TEXT_MAX, message = "{course.review.text.size}") String text) {

    public static final int TEXT_MAX = 1000;
}
