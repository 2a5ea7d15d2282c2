package vn.hoclieu.core.course.model;

/** What a unit of a course is: a published repository material, a rich-text page, or a quiz of the course. */
public enum UnitKind {
    MATERIAL, PAGE, QUIZ;

    /** The state that counts a unit of this kind as done: a quiz must be passed, anything else completed. */
    public UnitState done() {
        return this == QUIZ ? UnitState.PASSED : UnitState.COMPLETED;
    }
}
