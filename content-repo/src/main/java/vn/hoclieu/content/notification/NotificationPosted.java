package vn.hoclieu.content.notification;

/**
 * Fired (CDI event) when a notification is stored, so that the web tier, which knows e-mail
 * addresses, can mail it after the transaction commits.
 */
public record NotificationPosted(long recipientId, NotificationKind kind, Long materialId, String subject, String detail) {
}
