package vn.hoclieu.core.course.model;

/** How far a learner got with a unit. PASSED is only for quizzes (graded at or above the course's threshold). */
public enum UnitState {
    VIEWED, COMPLETED, PASSED
}
