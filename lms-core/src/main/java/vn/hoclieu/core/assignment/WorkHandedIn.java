package vn.hoclieu.core.assignment;

/** A learner handed in work on an open course's assignment (fired in the handing-in transaction; never for a class). */
public record WorkHandedIn(long assignmentId, long courseId, long learnerId) {
}
