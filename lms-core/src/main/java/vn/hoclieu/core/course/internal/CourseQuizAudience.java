package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.quiz.QuizAudience;

/** The quiz engine asks here who sets and who takes an open course's quizzes: its authors, its enrolled learners. */
@ApplicationScoped
class CourseQuizAudience implements QuizAudience {

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
}
