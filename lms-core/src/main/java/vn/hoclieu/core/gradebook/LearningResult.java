package vn.hoclieu.core.gradebook;

import java.math.BigDecimal;
import java.util.List;

/**
 * Circular 22 (secondary), Article 9: a pupil's learning result for a term or the year, from the
 * averages of the scored subjects and the Đạt / Chưa đạt of the commented subjects.
 */
public enum LearningResult {
    /** Tốt: every commented subject Đạt; every scored average ≥ 6.5, at least 6 of them ≥ 8.0. */
    TOT,
    /** Khá: every commented subject Đạt; every scored average ≥ 5.0, at least 6 of them ≥ 6.5. */
    KHA,
    /** Đạt: at most one commented subject Chưa đạt; at least 6 scored averages ≥ 5.0, none below 3.5. */
    DAT,
    CHUA_DAT;

    private static final int MANY = 6;

    public static LearningResult of(List<BigDecimal> scoredAverages, List<Boolean> commentedPassed) {
        long commentedFailed = commentedPassed.stream().filter(passed -> !passed).count();
        if (commentedFailed == 0 && all(scoredAverages, "6.5") && atLeast(scoredAverages, "8.0")) {
            return TOT;
        }
        if (commentedFailed == 0 && all(scoredAverages, "5.0") && atLeast(scoredAverages, "6.5")) {
            return KHA;
        }
        if (commentedFailed <= 1 && all(scoredAverages, "3.5") && atLeast(scoredAverages, "5.0")) {
            return DAT;
        }
        return CHUA_DAT;
    }

    private static boolean all(List<BigDecimal> averages, String threshold) {
        return averages.stream().allMatch(a -> a.compareTo(new BigDecimal(threshold)) >= 0);
    }

    /** "At least 6 subjects": a pupil with fewer scored subjects needs all of them. */
    private static boolean atLeast(List<BigDecimal> averages, String threshold) {
        long reaching = averages.stream().filter(a -> a.compareTo(new BigDecimal(threshold)) >= 0).count();
        return reaching >= Math.min(MANY, averages.size());
    }
}
