/**
 * Online assessments (issue 7): the answer keys of every question type and how each scores a
 * response ({@code model}); reading QTI 2.1/2.2 packages into bank questions with a report
 * ({@code internal.QtiPackageReader}); the question bank ({@link vn.hoclieu.core.quiz.QuestionBankService}),
 * quizzes of a class with results, manual grading and statistics ({@link vn.hoclieu.core.quiz.QuizService})
 * and attempts with the server's clock and versioned, idempotent answer saves
 * ({@link vn.hoclieu.core.quiz.AttemptService}). Grades reach the gradebook through
 * {@link vn.hoclieu.core.quiz.QuizGraded} and {@code QuizService.grades}.
 */
package vn.hoclieu.core.quiz;
