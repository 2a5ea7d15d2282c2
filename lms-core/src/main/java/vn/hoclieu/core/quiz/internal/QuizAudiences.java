package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.QuizAudience;
import vn.hoclieu.core.quiz.model.Quiz;
import vn.hoclieu.core.school.SchoolService;

/**
 * Who teaches and who takes a quiz: a class's teachers and pupils, or an open course's authors and
 * learners (asked of {@link QuizAudience}; without one, nobody).
 */
@ApplicationScoped
class QuizAudiences {

    @Inject
    SchoolService schools;

    @Inject
    QuizRepository quizzes;

    @Inject
    Instance<QuizAudience> courses;

    boolean teaches(Quiz quiz, Account person) {
        if (quiz.classId() != null) {
            return person.has(Role.TEACHER) && schools.teaches(person.id(), quiz.classId());
        }
        return courses.isResolvable() && courses.get().authors(quiz.courseId(), person);
    }

    boolean takes(Quiz quiz, Account person) {
        if (quiz.classId() != null) {
            return person.has(Role.STUDENT) && quizzes.isPupilOf(person.id(), quiz.classId());
        }
        return courses.isResolvable() && courses.get().takes(quiz.courseId(), person);
    }

    boolean authors(long courseId, Account person) {
        return courses.isResolvable() && courses.get().authors(courseId, person);
    }
}
