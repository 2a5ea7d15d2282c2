/**
 * Online assessments (issue 7). So far: the answer keys of every question type the bank will hold
 * and how each scores a response ({@code model}); the bank, quizzes and attempts come next.
 */
package vn.hoclieu.core.quiz;
