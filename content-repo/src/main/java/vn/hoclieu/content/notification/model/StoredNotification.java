package vn.hoclieu.content.notification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.hoclieu.content.notification.NotificationKind;

import java.time.Instant;

@Entity
@Table(name = "content_notification")
public class StoredNotification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Column(name = "material_id")
    private Long materialId;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(columnDefinition = "TEXT")
    private String detail;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(name = "read_at")
    private Instant readAt;

    protected StoredNotification() {
    }

    public StoredNotification(long recipientId, NotificationKind kind, Long materialId, String subject, String detail) {
        this.recipientId = recipientId;
        this.kind = kind;
        this.materialId = materialId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.detail = detail;
    }

    public void read() {
        if (readAt == null) {
            readAt = Instant.now();
        }
    }

    public Long id() { return id; }
    public Long recipientId() { return recipientId; }
    public NotificationKind kind() { return kind; }
    public Long materialId() { return materialId; }
    public String subject() { return subject; }
    public String detail() { return detail; }
    public Instant createdAt() { return createdAt; }
    public Instant readAt() { return readAt; }
}
