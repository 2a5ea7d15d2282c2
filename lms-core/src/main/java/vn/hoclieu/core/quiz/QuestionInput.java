package vn.hoclieu.core.quiz;

import jakarta.json.JsonObject;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.List;

/**
 * A question written (or corrected) by its owner. The key is the stored JSON form of the answer
 * key, tagged by type, e.g. {@code {"type":"SINGLE_CHOICE","correct":"b"}}. {@code version} is the
 * version the edit was made from (ignored when creating).
 */
public record QuestionInput(
        @NotNull(message = "{quiz.category.required}") Long categoryId,
        @NotBlank(message = "{quiz.question.title.required}") @Size(max = 300, message = "{quiz.question.title.required}") String title,
        @NotNull(message = "{quiz.question.type.required}") QuestionType type,
        @NotNull(message = "{quiz.question.stem.required}") @Size(max = 200_000, message = "{quiz.question.stem.required}") String stem,
        List<Choice> choices,
        List<Choice> targets,
        List<List<Choice>> gapChoices,
        @NotNull(message = "{quiz.question.key.required}") JsonObject key,
        @NotNull(message = "{quiz.points.range}") @DecimalMin(value = "0.01", message = "{quiz.points.range}") BigDecimal points,
        @Min(value = 1, message = "{quiz.difficulty.range}") @Max(value = 5, message = "{quiz.difficulty.range}") int difficulty,
        List<String> tags,
        long version) {
}
