package vn.hoclieu.core.quiz;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hoclieu.core.quiz.model.GradingMethod;
import vn.hoclieu.core.quiz.model.ReviewPolicy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A quiz a teacher of the class sets for one subject (its code, e.g. {@code TOAN}). Opening and closing times are Vietnam time
 * (what a teacher types); either may be empty (open now, never closes). Time limit in minutes (empty:
 * none); attempts 0 = unlimited. Review: what pupils see at each moment ({@code ReviewPolicy.Moment} names → parts; empty: the defaults).
 */
public record QuizInput(
        @NotBlank(message = "{quiz.title.required}") @Size(max = 200, message = "{quiz.title.required}") String title,
        @Size(max = 20_000, message = "{quiz.intro.size}") String intro,
        @NotBlank(message = "{quiz.subject.required}") String subjectCode,
        LocalDateTime opensAt,
        LocalDateTime closesAt,
        @Min(value = 1, message = "{quiz.timeLimit.range}") @Max(value = 600, message = "{quiz.timeLimit.range}") Integer timeLimitMinutes,
        @Min(value = 0, message = "{quiz.attempts.range}") @Max(value = 100, message = "{quiz.attempts.range}") int attemptsAllowed,
        GradingMethod gradingMethod,
        boolean shuffleQuestions,
        boolean shuffleOptions,
        Map<String, Set<ReviewPolicy.Part>> review,
        @NotEmpty(message = "{quiz.slots.required}") @Size(max = 200, message = "{quiz.slots.required}") List<@Valid @NotNull SlotInput> slots,
        boolean published) {
}
