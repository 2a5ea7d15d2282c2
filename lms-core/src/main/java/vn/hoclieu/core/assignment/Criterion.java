package vn.hoclieu.core.assignment;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;

/** One line of a rubric: what is judged and how many points it is worth. */
public record Criterion(
        @NotBlank(message = "{assignment.rubric.invalid}") @Size(max = 200, message = "{assignment.rubric.invalid}") String criterion,
        @NotNull(message = "{assignment.rubric.invalid}") @DecimalMin(value = "0.5", message = "{assignment.rubric.invalid}")
        @DecimalMax(value = "100", message = "{assignment.rubric.invalid}") BigDecimal maxPoints) {
}
