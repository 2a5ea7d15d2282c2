package vn.hoclieu.core.course.model;

/**
 * What a unit of a course is: a published repository material, a rich-text page, a quiz of the
 * course, or an assignment of the course (handed in: COMPLETED; graded at or above the course's
 * pass threshold: PASSED).
 */
public enum UnitKind {
    MATERIAL, PAGE, QUIZ, ASSIGNMENT;

    /** The state that counts a unit of this kind as done: a quiz or an assignment must be passed by its grade, anything else completed. */
    public UnitState done() {
        return graded() ? UnitState.PASSED : UnitState.COMPLETED;
    }

    /** Passed only by a grade, never marked done by the learner. */
    public boolean graded() {
        return this == QUIZ || this == ASSIGNMENT;
    }
}
