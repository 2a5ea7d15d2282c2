package vn.hoclieu.core.quiz;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.math.BigDecimal;

/** A place of a quiz: a fixed question ({@code questionId}) or {@code count} drawn from a category; points per question. */
public record SlotInput(Long questionId, Long categoryId, Integer count,
                        @NotNull(message = "{quiz.points.range}") @DecimalMin(value = "0.01", message = "{quiz.points.range}") BigDecimal points) {

    public int drawn() {
        return questionId != null ? 1 : count == null ? 1 : count;
    }
}
