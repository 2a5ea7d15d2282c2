package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.hoclieu.core.assignment.GradeInput;
import vn.hoclieu.core.assignment.GradingScale;
import vn.hoclieu.core.assignment.InvalidAssignmentException;
import vn.hoclieu.core.assignment.RichText;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.assignment.model.Marking;
import vn.hoclieu.core.assignment.model.RubricLine;
import vn.hoclieu.core.assignment.model.Submission;
import vn.hoclieu.core.assignment.model.SubmissionWindow;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a teacher's grade into what is stored: checked against the scale, rubric summed, late penalty applied. */
@ApplicationScoped
public class GradeRules {

    public void grade(Assignment assignment, Submission submission, SubmissionWindow window, GradeInput input, long teacherId, Instant now) {
        String feedback = RichText.sanitize(input.feedback());
        if (assignment.scale() != GradingScale.SCORE_10) {
            if (input.rating() == null || !assignment.scale().ratings().contains(input.rating())) {
                throw new InvalidAssignmentException("rating", "assignment.grade.rating");
            }
            submission.grade(null, input.rating(), List.of(), 0, null, feedback, teacherId, now);
            return;
        }
        List<BigDecimal> points = List.of();
        BigDecimal score;
        if (!assignment.rubric().isEmpty()) {
            points = rubricPoints(assignment.rubric(), input.rubricPoints());
            score = Marking.fromRubric(assignment.rubric().stream().map(RubricLine::maxPoints).toList(), points);
        } else {
            if (!Marking.isValidScore(input.score())) {
                throw new InvalidAssignmentException("score", "assignment.grade.score");
            }
            score = input.score().setScale(1);
        }
        int penalty = window.penaltyFor(submission.late(), assignment.latePenaltyPercent());
        submission.grade(score, null, points, penalty, Marking.withPenalty(score, penalty), feedback, teacherId, now);
    }

    /** Points for every criterion, found by its text or its position ("0", "1", …), each within 0 … its maximum. */
    static List<BigDecimal> rubricPoints(List<RubricLine> rubric, Map<String, BigDecimal> given) {
        List<BigDecimal> points = new ArrayList<>();
        for (int i = 0; i < rubric.size(); i++) {
            RubricLine line = rubric.get(i);
            BigDecimal p = given == null ? null : given.getOrDefault(line.criterion(), given.get(Integer.toString(i)));
            if (p == null || p.signum() < 0 || p.compareTo(line.maxPoints()) > 0 || p.stripTrailingZeros().scale() > 1) {
                throw new InvalidAssignmentException("rubricPoints", "assignment.grade.rubric");
            }
            points.add(p.setScale(1));
        }
        return points;
    }
}
