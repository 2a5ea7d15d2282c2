package vn.hoclieu.content.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.content.notification.model.StoredNotification;

import java.util.Collection;

/**
 * Posts notifications inside the caller's transaction (a review decision and the author's
 * notification commit together) and announces each one for mail.
 */
@ApplicationScoped
public class Notifier {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Inject
    Event<NotificationPosted> posted;

    public void post(long recipientId, NotificationKind kind, Long materialId, String subject, String detail) {
        em.persist(new StoredNotification(recipientId, kind, materialId, subject, detail));
        posted.fire(new NotificationPosted(recipientId, kind, materialId, subject, detail));
    }

    public void postAll(Collection<Long> recipientIds, NotificationKind kind, Long materialId, String subject, String detail) {
        recipientIds.forEach(r -> post(r, kind, materialId, subject, detail));
    }
}
