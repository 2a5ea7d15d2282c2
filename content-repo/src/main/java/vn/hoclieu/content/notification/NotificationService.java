package vn.hoclieu.content.notification;

import java.util.List;

/** A person's in-app notifications, newest first. */
public interface NotificationService {

    List<Notification> recent(long recipientId, int limit);

    long unread(long recipientId);

    /** Marks one of the recipient's notifications read; someone else's id changes nothing. */
    void markRead(long notificationId, long recipientId);

    void markAllRead(long recipientId);
}
