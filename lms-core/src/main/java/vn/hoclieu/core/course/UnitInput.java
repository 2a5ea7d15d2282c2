package vn.hoclieu.core.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hoclieu.core.course.model.UnitKind;
import vn.hoclieu.core.quiz.QuizInput;

/**
 * A new unit at the end of a module: for MATERIAL the id of a published repository material, for
 * PAGE rich text ({@code html}, sanitized when stored), for QUIZ a quiz set like a class's
 * ({@link QuizInput}; it belongs to the course), for ASSIGNMENT the work to hand in
 * ({@link AssignmentUnitInput}; it belongs to the course). Minutes: the learner's expected time.
 */
public record UnitInput(
        @NotNull(message = "{course.unit.kind.required}") UnitKind kind,
        @NotBlank(message = "{course.unit.title.required}") @Size(max = 200, message = "{course.title.size}") String title,
        @Min(value = 1, message = "{course.unit.minutes.range}") @Max(value = 6000, message = "{course.unit.minutes.range}") int minutes,
        Long materialId,
        @Size(max = 100_000, message = "{course.description.size}") String html,
        @Valid QuizInput quiz,
        @Valid AssignmentUnitInput assignment) {
}
