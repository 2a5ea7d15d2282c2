package vn.hoclieu.core.course;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the authors see of their course: enrolments (withdrawn included), completions, the funnel
 * per unit (learners who reached it, who finished it), results of each quiz unit (average grade on
 * 10, share of graded learners at or above the threshold), the assignment units (whose work the
 * authors grade on the assignment's page), and learners' ratings (hidden reviews excluded).
 */
public record CourseDashboard(long courseId, String title, long enrolments, long active, long completions,
                              List<UnitFunnel> funnel, List<QuizResult> quizzes, List<AssignmentWork> assignments,
                              BigDecimal ratingAverage, long ratingCount) {

    public record UnitFunnel(long unitId, String title, long reached, long done) {
    }

    /** {@code toGrade}: work handed in and not yet graded. */
    public record AssignmentWork(long unitId, long assignmentId, String title, long toGrade) {
    }

    public record QuizResult(long unitId, long quizId, String title, long graded, BigDecimal average, int passRatePercent) {
    }
}
