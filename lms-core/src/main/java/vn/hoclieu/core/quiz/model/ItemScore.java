package vn.hoclieu.core.quiz.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points a response earned, or {@code manual} when a teacher must grade it (essays). */
public record ItemScore(BigDecimal points, boolean manual) {

    /** The share of the question's points, two decimals (a third of 1 point is 0.33). */
    static ItemScore fraction(BigDecimal points, BigDecimal fraction) {
        return new ItemScore(points.multiply(fraction).setScale(2, RoundingMode.HALF_UP), false);
    }

    static ItemScore allOrNothing(BigDecimal points, boolean right) {
        return fraction(points, right ? BigDecimal.ONE : BigDecimal.ZERO);
    }

    static ItemScore toGrade() {
        return new ItemScore(BigDecimal.ZERO.setScale(2), true);
    }

    static BigDecimal share(long right, long of) {
        return of == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(right).divide(BigDecimal.valueOf(of), 6, RoundingMode.HALF_UP);
    }
}
