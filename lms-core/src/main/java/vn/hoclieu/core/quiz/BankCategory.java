package vn.hoclieu.core.quiz;

/**
 * A category of the bank as its owner lists it, with its sharing: the carrier material that takes it
 * through review (null until first submitted), the carrier's review status (a content-repo
 * {@code MaterialStatus} name, null before) and whether its questions are shared (a version is published).
 */
public record BankCategory(long id, long ownerId, long subjectId, int grade, String name, long questions,
                           Long carrierMaterialId, String reviewStatus, boolean shared) {

    /** A category never submitted for sharing. */
    public BankCategory(long id, long ownerId, long subjectId, int grade, String name, long questions) {
        this(id, ownerId, subjectId, grade, name, questions, null, null, false);
    }
}
