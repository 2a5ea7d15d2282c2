package vn.hoclieu.core.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a district admin hides a review (kept with it). */
public record HidingInput(
        @NotBlank(message = "{course.review.reason.required}") @Size(max = 500, message = "{course.review.reason.size}") String reason) {
}
