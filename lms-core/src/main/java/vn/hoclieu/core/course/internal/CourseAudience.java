package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.assignment.AssignmentAudience;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.quiz.QuizAudience;

import java.util.List;

/**
 * The quiz engine and the assignments feature ask here who sets and who does an open course's work:
 * its authors set it, its enrolled learners (while enrolled) take quizzes and hand in.
 */
@ApplicationScoped
class CourseAudience implements QuizAudience, AssignmentAudience {

    @Inject
    CourseRepository courses;

    @Override
    public boolean authors(long courseId, Account account) {
        return courses.isAuthor(courseId, account.id());
    }

    @Override
    public boolean takes(long courseId, Account account) {
        return courses.enrolment(courseId, account.id()).filter(CourseEnrolment::active).isPresent();
    }

    @Override
    public List<Long> learners(long courseId) {
        return courses.activeLearnerIds(courseId);
    }
}
