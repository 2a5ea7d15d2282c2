package vn.hoclieu.core.classroom;

/** How one pupil attended one session. */
public record AttendanceMark(long pupilId, Attendance status) {
}
