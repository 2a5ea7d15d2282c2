package vn.hoclieu.core.classroom;

import java.time.Instant;
import java.util.List;

/**
 * An online session as the class page shows it.
 *
 * @param attendance for a pupil only their own mark, for teachers and admins everyone's (pupils
 *                   not marked yet are not listed), by pupil id
 */
public record ScheduledSession(long id, long classId, String title, Instant startsAt, int durationMinutes, String meetingUrl,
                               String teacherName, List<AttendanceMark> attendance) {

    public ScheduledSession {
        attendance = attendance == null ? List.of() : List.copyOf(attendance);
    }

    /** This pupil's mark, or null when not marked. */
    public Attendance of(long pupilId) {
        return attendance.stream().filter(m -> m.pupilId() == pupilId).map(AttendanceMark::status).findFirst().orElse(null);
    }
}
