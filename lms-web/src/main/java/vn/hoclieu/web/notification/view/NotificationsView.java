package vn.hoclieu.web.notification.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.notification.Notification;
import vn.hoclieu.content.notification.NotificationService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;

import java.util.List;

/**
 * The header's unread count on every page, and the notifications page: the latest ones, the
 * unread marked, with "mark all read".
 */
@Named
@RequestScoped
public class NotificationsView {

    static final int SHOWN = 50;

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long unread;
    private List<Notification> recent;

    /** Asked by the header of every page: one count query per page view. */
    public long getUnread() {
        if (unread == null) {
            unread = currentUser.account().map(a -> notifications.unread(a.id())).orElse(0L);
        }
        return unread;
    }

    public List<Notification> getRecent() {
        if (recent == null) {
            recent = notifications.recent(currentUser.required().id(), SHOWN);
        }
        return recent;
    }

    public String markAllRead() {
        notifications.markAllRead(currentUser.required().id());
        messages.info("notifications.allRead");
        return "/app/notifications.xhtml?faces-redirect=true";
    }
}
