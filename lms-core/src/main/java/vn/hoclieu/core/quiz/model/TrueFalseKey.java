package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;

/** A statement that is true or false; the response is {@code "true"} or {@code "false"}. */
public record TrueFalseKey(boolean correct) implements AnswerKey {

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        return ItemScore.allOrNothing(points, Boolean.toString(correct).equals(response.single()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUE_FALSE;
    }
}
