package vn.hoclieu.core.assignment;

/** CDI event: a teacher released an assignment's grades (the gradebook takes them with {@link AssignmentService#releasedMarks}). */
public record GradesReleased(long assignmentId, long classId, long subjectId) {
}
