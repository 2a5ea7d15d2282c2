package vn.hoclieu.core.quiz;

import jakarta.json.JsonObject;
import vn.hoclieu.core.quiz.model.Choice;
import vn.hoclieu.core.quiz.model.QuestionType;

import java.math.BigDecimal;
import java.util.List;

/** A bank question as teachers see it (with its key: never shown to pupils). */
public record BankQuestion(long id, long categoryId, long ownerId, QuestionType type, String title, String stem,
                           List<Choice> choices, List<Choice> targets, List<List<Choice>> gapChoices, JsonObject key,
                           BigDecimal points, int difficulty, List<String> tags, Sharing sharing, long version) {
}
