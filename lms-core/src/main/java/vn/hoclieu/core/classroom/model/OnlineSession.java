package vn.hoclieu.core.classroom.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A scheduled online lesson of a class, on whatever meeting tool the teacher uses. */
@Entity
@Table(name = "core_online_session")
public class OnlineSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "class_id", nullable = false)
    private long classId;

    @Column(name = "teacher_id", nullable = false)
    private long teacherId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "meeting_url", nullable = false, length = 1000)
    private String meetingUrl;

    protected OnlineSession() {
    }

    public OnlineSession(long classId, long teacherId, String title, Instant startsAt, int durationMinutes, String meetingUrl) {
        this.classId = classId;
        this.teacherId = teacherId;
        this.title = title;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.meetingUrl = meetingUrl;
    }

    public Long id() { return id; }
    public long classId() { return classId; }
    public long teacherId() { return teacherId; }
    public String title() { return title; }
    public Instant startsAt() { return startsAt; }
    public int durationMinutes() { return durationMinutes; }
    public String meetingUrl() { return meetingUrl; }
}
