package vn.hoclieu.core.quiz.model;

/**
 * Whether a save of one question's answer is applied. Every save carries the version of the answer
 * it was made from and an id the browser chose: a save sent twice (a retry after a dropped link) is
 * recognised by its id and answered like the first time; a save made from an older version than the
 * server holds (another tab, a phone and a laptop) is a conflict, never a silent lost update.
 */
public enum AnswerSave {
    /** Applied: the answer's version goes up by one. */
    APPLIED,
    /** The same save again: nothing changes, the caller gets the current version. */
    REPEATED,
    /** Made from an older version than the server's: refused with the current answer. */
    CONFLICT;

    public static AnswerSave decide(long currentVersion, String lastSaveId, long baseVersion, String saveId) {
        if (saveId != null && saveId.equals(lastSaveId)) {
            return REPEATED;
        }
        return baseVersion == currentVersion ? APPLIED : CONFLICT;
    }
}
