package vn.hoclieu.web.quiz.rest;

import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.web.course.view.ReviewerComment;

import java.util.List;

/** A category's sharing as its owner follows it: review status, and what the reviewers wrote about the latest version. */
public record QuestionSetReview(BankCategory category, List<ReviewerComment> comments) {
}
