package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Circular 22 (secondary): a score on the 10-point scale, with at most one decimal; averages are
 * rounded half up to one decimal ("lấy đến một chữ số thập phân").
 */
public final class Score {

    static final BigDecimal TEN = BigDecimal.TEN;

    private Score() {
    }

    public static BigDecimal of(String value) {
        BigDecimal score = new BigDecimal(value);
        requireValid(score);
        return score;
    }

    public static void requireValid(BigDecimal score) {
        if (score.signum() < 0 || score.compareTo(TEN) > 0 || score.stripTrailingZeros().scale() > 1) {
            throw new IllegalArgumentException("a score is 0–10 with at most one decimal, not " + score.toPlainString());
        }
    }

    static BigDecimal oneDecimal(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
