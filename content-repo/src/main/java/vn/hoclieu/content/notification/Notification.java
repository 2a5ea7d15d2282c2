package vn.hoclieu.content.notification;

import java.time.Instant;

/** An in-app notification: the material's title when it was sent, and an optional detail (a comment). */
public record Notification(long id, NotificationKind kind, Long materialId, String subject, String detail,
                           Instant createdAt, boolean read) {
}
