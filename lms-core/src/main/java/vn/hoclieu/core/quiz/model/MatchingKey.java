package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Left items matched to right ones; each right pair earns its share (a response of {@code "a=x"}
 * values). A left item matched twice counts as wrong.
 */
public record MatchingKey(Map<String, String> pairs) implements AnswerKey {

    public MatchingKey {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a matching question needs pairs");
        }
        pairs = Map.copyOf(pairs);
    }

    @Override
    public ItemScore score(Response response, BigDecimal points) {
        Map<String, String> given = new HashMap<>();
        Map<String, Integer> times = new HashMap<>();
        for (String value : response.values()) {
            int eq = value.indexOf('=');
            if (eq > 0) {
                given.put(value.substring(0, eq), value.substring(eq + 1));
                times.merge(value.substring(0, eq), 1, Integer::sum);
            }
        }
        long right = pairs.entrySet().stream()
                .filter(p -> times.getOrDefault(p.getKey(), 0) == 1 && p.getValue().equals(given.get(p.getKey()))).count();
        return ItemScore.fraction(points, ItemScore.share(right, pairs.size()));
    }

    @Override
    public QuestionType type() {
        return QuestionType.MATCHING;
    }
}
