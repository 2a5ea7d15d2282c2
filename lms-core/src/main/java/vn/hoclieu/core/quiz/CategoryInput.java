package vn.hoclieu.core.quiz;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A teacher's category of bank questions for one subject (its code, e.g. {@code TOAN}) and grade. */
public record CategoryInput(
        @NotBlank(message = "{quiz.category.name.required}") @Size(max = 200, message = "{quiz.category.name.required}") String name,
        @NotBlank(message = "{quiz.subject.required}") String subjectCode,
        @Min(value = 1, message = "{quiz.grade.range}") @Max(value = 12, message = "{quiz.grade.range}") int grade) {
}
