package vn.hoclieu.content.notification.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.notification.Notification;
import vn.hoclieu.content.notification.NotificationService;
import vn.hoclieu.content.notification.model.StoredNotification;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
@Transactional
public class DefaultNotificationService implements NotificationService {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Notification> recent(long recipientId, int limit) {
        return em.createQuery("select n from StoredNotification n where n.recipientId = :r order by n.id desc", StoredNotification.class)
                .setParameter("r", recipientId).setMaxResults(limit).getResultStream()
                .map(n -> new Notification(n.id(), n.kind(), n.materialId(), n.subject(), n.detail(), n.createdAt(), n.readAt() != null))
                .toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(long recipientId) {
        return em.createQuery("select count(n) from StoredNotification n where n.recipientId = :r and n.readAt is null", Long.class)
                .setParameter("r", recipientId).getSingleResult();
    }

    @Override
    public void markRead(long notificationId, long recipientId) {
        StoredNotification n = em.find(StoredNotification.class, notificationId);
        if (n != null && n.recipientId() == recipientId) {
            n.read();
        }
    }

    @Override
    public void markAllRead(long recipientId) {
        em.createQuery("update StoredNotification n set n.readAt = :now where n.recipientId = :r and n.readAt is null")
                .setParameter("now", Instant.now()).setParameter("r", recipientId).executeUpdate();
    }
}
