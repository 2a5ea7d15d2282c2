package vn.hoclieu.content.material;

/** What kind of learning material a teacher contributes. */
public enum MaterialType {
    E_LECTURE,
    VIDEO_LECTURE,
    E_BOOK,
    WORKSHEET,
    VIRTUAL_LAB,
    AUDIO,
    IMAGE,
    /** An open course of lms-core, carried through review; its link leads to the course. */
    OPEN_COURSE,
    /** A set of lms-core bank questions (one category) shared district-wide; its link leads to the reviewers' preview. */
    QUESTION_SET;

    /** Carried for another module's thing through review: described by that module, never contributed by hand. */
    public boolean isCarrier() {
        return this == OPEN_COURSE || this == QUESTION_SET;
    }
}
