package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;

/** A written answer a teacher grades; optional guidance for the grader (not shown to pupils). */
public record EssayKey(String graderGuidance) implements AnswerKey {

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        return response.isEmpty() ? ItemScore.allOrNothing(points, false) : ItemScore.toGrade();
    }

    @Override
    public QuestionType type() {
        return QuestionType.ESSAY;
    }
}
