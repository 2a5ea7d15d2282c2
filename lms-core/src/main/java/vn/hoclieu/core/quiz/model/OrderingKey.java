package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Options to put in order. With partial credit each option in its right place earns its share;
 * without, only the whole order earns the points.
 */
public record OrderingKey(List<String> order, boolean partialCredit) implements AnswerKey {

    public OrderingKey {
        if (order.size() < 2) {
            throw new IllegalArgumentException("an ordering question needs two options or more");
        }
        order = List.copyOf(order);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        List<String> given = response.values();
        if (!partialCredit) {
            return ItemScore.allOrNothing(points, given.equals(order));
        }
        long inPlace = 0;
        for (int i = 0; i < Math.min(given.size(), order.size()); i++) {
            if (order.get(i).equals(given.get(i))) {
                inPlace++;
            }
        }
        return ItemScore.fraction(points, ItemScore.share(inPlace, order.size()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.ORDERING;
    }
}
