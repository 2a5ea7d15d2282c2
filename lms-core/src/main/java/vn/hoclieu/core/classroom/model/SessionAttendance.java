package vn.hoclieu.core.classroom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import vn.hoclieu.core.classroom.Attendance;

import java.io.Serializable;
import java.time.Instant;

/** Whether a pupil attended an online session, as the teacher marked it. */
@Entity
@Table(name = "core_session_attendance")
@IdClass(SessionAttendance.Key.class)
public class SessionAttendance {

    @Id
    @Column(name = "session_id")
    private long sessionId;

    @Id
    @Column(name = "pupil_id")
    private long pupilId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Attendance status;

    @Column(name = "marked_by", nullable = false)
    private long markedBy;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    protected SessionAttendance() {
    }

    public SessionAttendance(long sessionId, long pupilId) {
        this.sessionId = sessionId;
        this.pupilId = pupilId;
    }

    public void mark(Attendance attendance, long teacherId) {
        status = attendance;
        markedBy = teacherId;
        markedAt = Instant.now();
    }

    public long sessionId() { return sessionId; }
    public long pupilId() { return pupilId; }
    public Attendance status() { return status; }

    /** The composite key. */
    public record Key(long sessionId, long pupilId) implements Serializable {
        public Key() {
            this(0, 0);
        }
    }
}
