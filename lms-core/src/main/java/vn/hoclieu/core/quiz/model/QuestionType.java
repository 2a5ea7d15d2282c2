package vn.hoclieu.core.quiz.model;

/** The kinds of question the bank holds (and QTI 2.1 imports and exports). */
public enum QuestionType {
    SINGLE_CHOICE,
    MULTIPLE_RESPONSE,
    TRUE_FALSE,
    SHORT_TEXT,
    NUMERIC,
    MATCHING,
    ORDERING,
    CLOZE,
    ESSAY;

    /** Whether a teacher grades it by hand. */
    public boolean manual() {
        return this == ESSAY;
    }
}
