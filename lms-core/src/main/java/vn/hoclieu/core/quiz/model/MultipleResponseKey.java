package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Several right options. With partial credit each right option chosen earns its share and each
 * wrong one chosen takes a share away, never below zero (so ticking everything earns nothing);
 * without, only the exact set earns the points.
 */
public record MultipleResponseKey(Set<String> correct, boolean partialCredit) implements AnswerKey {

    public MultipleResponseKey {
        if (correct.isEmpty()) {
            throw new IllegalArgumentException("a multiple-response question needs a right option");
        }
        correct = Set.copyOf(correct);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        Set<String> chosen = new HashSet<>(response.values());
        chosen.remove("");
        if (!partialCredit) {
            return ItemScore.allOrNothing(points, chosen.equals(correct));
        }
        long right = chosen.stream().filter(correct::contains).count();
        long wrong = chosen.size() - right;
        return ItemScore.fraction(points, ItemScore.share(Math.max(0, right - wrong), correct.size()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.MULTIPLE_RESPONSE;
    }
}
