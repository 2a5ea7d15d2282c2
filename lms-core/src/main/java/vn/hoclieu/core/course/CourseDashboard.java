package vn.hoclieu.core.course;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the authors see of their course: enrolments (withdrawn included), completions, the funnel
 * per unit (learners who reached it, who finished it), results of each quiz unit (average grade on
 * 10, share of graded learners at or above the threshold), and learners' ratings (hidden reviews excluded).
 */
public record CourseDashboard(long courseId, String title, long enrolments, long active, long completions,
                              List<UnitFunnel> funnel, List<QuizResult> quizzes, BigDecimal ratingAverage, long ratingCount) {

    public record UnitFunnel(long unitId, String title, long reached, long done) {
    }

    public record QuizResult(long unitId, long quizId, String title, long graded, BigDecimal average, int passRatePercent) {
    }
}
