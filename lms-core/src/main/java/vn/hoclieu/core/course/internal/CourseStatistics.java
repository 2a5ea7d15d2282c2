package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.core.course.CourseRating;
import vn.hoclieu.core.course.CourseDashboard;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.EnrolmentStatus;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitKind;
import vn.hoclieu.core.quiz.QuizService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The authors' dashboard: enrolments, the funnel per unit, quiz results, learners' ratings. */
@ApplicationScoped
class CourseStatistics {

    @Inject
    CourseRepository courses;

    @Inject
    QuizService quizzes;

    @Inject
    AssignmentService assignments;

    CourseDashboard of(OpenCourse course, CourseRating rating, Account author) {
        List<CourseEnrolment> enrolments = courses.enrolmentsIn(course.id());
        List<CourseUnit> units = courses.units(course.id());
        Map<Long, long[]> funnel = courses.funnel(course.id());
        List<CourseDashboard.UnitFunnel> perUnit = units.stream().map(u -> {
            long[] counts = funnel.getOrDefault(u.id(), new long[2]);
            return new CourseDashboard.UnitFunnel(u.id(), u.title(), counts[0], counts[1]);
        }).toList();
        Set<Long> learners = enrolments.stream().map(CourseEnrolment::learnerId).collect(Collectors.toSet());
        List<CourseDashboard.QuizResult> results = units.stream().filter(u -> u.kind() == UnitKind.QUIZ)
                .map(u -> result(course, u, quizzes.grades(u.quizId(), learners).values())).toList();
        return new CourseDashboard(course.id(), course.title(), enrolments.size(),
                enrolments.stream().filter(e -> e.status() == EnrolmentStatus.ACTIVE).count(),
                enrolments.stream().filter(e -> e.completedAt() != null).count(), perUnit, results, work(units, author),
                rating.average(), rating.count());
    }

    /** The work waiting for a grade, as the assignments feature counts it for this author. */
    private List<CourseDashboard.AssignmentWork> work(List<CourseUnit> units, Account author) {
        return units.stream().filter(u -> u.kind() == UnitKind.ASSIGNMENT).map(u -> new CourseDashboard.AssignmentWork(u.id(), u.assignmentId(),
                u.title(), assignments.assignment(u.assignmentId(), author).counts().getOrDefault(SubmissionStatus.SUBMITTED, 0L))).toList();
    }

    private static CourseDashboard.QuizResult result(OpenCourse course, CourseUnit unit, Collection<BigDecimal> grades) {
        if (grades.isEmpty()) {
            return new CourseDashboard.QuizResult(unit.id(), unit.quizId(), unit.title(), 0, null, 0);
        }
        BigDecimal average = grades.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(grades.size()), 2, RoundingMode.HALF_UP);
        long passed = grades.stream().filter(course.completionRule()::passes).count();
        return new CourseDashboard.QuizResult(unit.id(), unit.quizId(), unit.title(), grades.size(), average, (int) (passed * 100 / grades.size()));
    }
}
