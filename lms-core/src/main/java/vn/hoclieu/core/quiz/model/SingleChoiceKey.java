package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.Objects;

/** One right option among several (also an inline-choice gap of a cloze). */
public record SingleChoiceKey(String correct) implements AnswerKey {

    public SingleChoiceKey {
        Objects.requireNonNull(correct);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        return ItemScore.allOrNothing(points, response.values().size() == 1 && correct.equals(response.single()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.SINGLE_CHOICE;
    }
}
