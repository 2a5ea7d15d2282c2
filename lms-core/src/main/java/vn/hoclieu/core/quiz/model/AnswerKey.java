package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;

/**
 * What counts as right for one question, and how a response is scored against it. Objective types
 * score themselves; an essay is left to the teacher. A key is immutable: correcting a question
 * makes a new key, and attempts are rescored against it (regrade).
 */
public sealed interface AnswerKey permits SingleChoiceKey, MultipleResponseKey, TrueFalseKey, ShortTextKey, NumericKey,
        MatchingKey, OrderingKey, ClozeKey, EssayKey {

    /** The response's share of {@code points}; an empty response earns nothing (and is never "manual"). */
    ItemScore score(Response response, BigDecimal points);

    QuestionType type();
}
