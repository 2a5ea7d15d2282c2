package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/** How a pupil's attempts at a quiz make their grade (attempts in the order they were finished). */
public enum GradingMethod {
    HIGHEST,
    LAST,
    FIRST,
    AVERAGE;

    /** The grade of the finished attempts' scores, or empty when none is finished. */
    public Optional<BigDecimal> grade(List<BigDecimal> finishedScores) {
        if (finishedScores.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(switch (this) {
            case HIGHEST -> finishedScores.stream().max(BigDecimal::compareTo).orElseThrow();
            case LAST -> finishedScores.getLast();
            case FIRST -> finishedScores.getFirst();
            case AVERAGE -> finishedScores.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(finishedScores.size()), 2, RoundingMode.HALF_UP);
        });
    }
}
