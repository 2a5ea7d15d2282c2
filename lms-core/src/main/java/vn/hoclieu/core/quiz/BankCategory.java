package vn.hoclieu.core.quiz;

/** A category of the bank as its owner lists it. */
public record BankCategory(long id, long ownerId, long subjectId, int grade, String name, long questions) {
}
