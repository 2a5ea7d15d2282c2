package vn.hoclieu.core.assignment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A teacher's grade of a submission.
 *
 * @param score          the score before any penalty (SCORE_10), from the rubric when there is one
 * @param rubricPoints   points per criterion, in the rubric's order
 * @param penaltyPercent the late penalty applied (0 when none)
 * @param finalScore     the score after the penalty
 * @param released       whether the pupil sees it
 */
public record Grade(BigDecimal score, String rating, List<BigDecimal> rubricPoints, int penaltyPercent, BigDecimal finalScore,
                    String feedback, List<FileInfo> feedbackFiles, Instant gradedAt, boolean released) {
}
