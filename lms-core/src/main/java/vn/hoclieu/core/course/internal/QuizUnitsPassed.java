package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitState;
import vn.hoclieu.core.quiz.QuizGraded;
import vn.hoclieu.core.quiz.QuizService;

/**
 * A course quiz was graded: those of its graded learners whose grade (the quiz's grading method, on 10) reaches the
 * course's threshold have passed its unit — in the grading transaction, so a pass is never lost.
 */
@ApplicationScoped
class QuizUnitsPassed {

    @Inject
    CourseRepository courses;

    @Inject
    QuizService quizzes;

    @Inject
    LearnerProgress progress;

    void graded(@Observes QuizGraded graded) {
        if (graded.courseId() == null) {
            return;
        }
        CourseUnit unit = courses.unitByQuiz(graded.quizId()).orElse(null);
        if (unit == null) {
            return;
        }
        OpenCourse course = courses.course(unit.courseId()).orElseThrow();
        quizzes.grades(graded.quizId(), graded.pupilIds()).forEach((learner, grade) -> {
            if (course.completionRule().passes(grade)) {
                courses.enrolment(course.id(), learner).filter(CourseEnrolment::active)
                        .ifPresent(e -> progress.reach(e, unit, UnitState.PASSED));
            }
        });
    }
}
