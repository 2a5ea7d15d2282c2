package vn.hoclieu.core.quiz;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A save of one answer: the response's values (see {@code model.Response}), the version it was made
 * from and an id the browser chose for this save (a retry sends the same id).
 */
public record AnswerInput(
        @NotNull(message = "{quiz.response.required}") @Size(max = 100, message = "{quiz.response.size}") List<@Size(max = 20_000, message = "{quiz.response.size}") String> response,
        @NotNull(message = "{quiz.baseVersion.required}") Long baseVersion,
        @NotNull(message = "{quiz.saveId.required}") @Size(min = 1, max = 64, message = "{quiz.saveId.required}") String saveId) {
}
