package vn.hoclieu.core.quiz;

import vn.hoclieu.core.account.Account;

/**
 * Who sets and who takes the quizzes of an open course: asked by the quiz engine, answered by
 * the course feature, so that quizzes do not depend on courses (a quiz only holds the course's id).
 */
public interface QuizAudience {

    /** Whether the account is an author of the course (sets its quizzes, reads their results). */
    boolean authors(long courseId, Account account);

    /** Whether the account is enrolled in the course (takes its published quizzes). */
    boolean takes(long courseId, Account account);
}
