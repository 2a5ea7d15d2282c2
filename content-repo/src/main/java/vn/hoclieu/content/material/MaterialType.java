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
    OPEN_COURSE
}
