/**
 * Online assessments (issue 7). So far: the answer keys of every question type the bank will hold
 * and how each scores a response ({@code model}), and reading QTI 2.1/2.2 items, tests and IMS
 * content packages into bank questions with a report of what was left out
 * ({@code internal.QtiPackageReader}); the bank, quizzes and attempts come next.
 */
package vn.hoclieu.core.quiz;
