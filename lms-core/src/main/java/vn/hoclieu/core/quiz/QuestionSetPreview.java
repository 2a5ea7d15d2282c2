package vn.hoclieu.core.quiz;

import java.util.List;

/** A question set as its reviewers read it: every question with its key (never shown to pupils). */
public record QuestionSetPreview(long categoryId, String name, String subjectCode, int grade, long ownerId,
                                 String reviewStatus, boolean shared, List<BankQuestion> questions) {
}
