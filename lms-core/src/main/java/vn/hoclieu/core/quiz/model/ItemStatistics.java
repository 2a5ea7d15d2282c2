package vn.hoclieu.core.quiz.model;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * Classical item statistics over the finished attempts of a quiz, as teachers read them in Moodle:
 * facility (how many got it right, as the mean share of the points), discrimination (whether pupils
 * who did well on the rest of the quiz also did well on this question: the correlation of the
 * question's share with the rest of the score, from −1 to 1), and how often each answer was given.
 */
public final class ItemStatistics {

    private ItemStatistics() {
    }

    /** Mean share of the points earned, 0–1; empty without attempts. */
    public static OptionalDouble facility(List<Double> shares) {
        return shares.stream().mapToDouble(Double::doubleValue).average();
    }

    /**
     * Pearson correlation of the question's shares with the rest of each attempt's score (the
     * attempt's total minus this question); empty with fewer than two attempts or when either does
     * not vary (everyone equal: the question tells nothing apart).
     */
    public static OptionalDouble discrimination(List<Double> shares, List<Double> restOfScore) {
        int n = shares.size();
        if (n != restOfScore.size()) {
            throw new IllegalArgumentException("one rest score per attempt");
        }
        if (n < 2) {
            return OptionalDouble.empty();
        }
        double meanX = shares.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double meanY = restOfScore.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = shares.get(i) - meanX;
            double dy = restOfScore.get(i) - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        if (sxx == 0 || syy == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(sxy / Math.sqrt(sxx * syy));
    }

    /** How many responses gave each value (an option id, a typed answer, a pair), unanswered as "". */
    public static Map<String, Integer> answerFrequencies(List<Response> responses) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Response response : responses) {
            if (response.isEmpty()) {
                counts.merge("", 1, Integer::sum);
            } else {
                response.values().stream().filter(v -> !v.isBlank()).distinct().forEach(v -> counts.merge(v, 1, Integer::sum));
            }
        }
        return counts;
    }
}
