package vn.hoclieu.core.assignment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Scores out of 10 with one decimal, as Circular 22 writes them: rubric totals scaled to 10, late penalties. */
public final class Marking {

    public static final BigDecimal TEN = BigDecimal.TEN;

    private Marking() {
    }

    /** The rubric's points scaled to 10 (each already checked against its maximum). */
    public static BigDecimal fromRubric(List<BigDecimal> maxPoints, List<BigDecimal> points) {
        BigDecimal max = maxPoints.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal got = points.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return got.multiply(TEN).divide(max, 1, RoundingMode.HALF_UP);
    }

    /** The score less a percentage (a late penalty), one decimal, never below 0. */
    public static BigDecimal withPenalty(BigDecimal score, int percent) {
        BigDecimal kept = BigDecimal.valueOf(100L - percent);
        return score.multiply(kept).divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP).max(BigDecimal.ZERO.setScale(1));
    }

    /** Whether a teacher's score is on the 0–10 scale with at most one decimal. */
    public static boolean isValidScore(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(TEN) <= 0 && score.stripTrailingZeros().scale() <= 1;
    }
}
