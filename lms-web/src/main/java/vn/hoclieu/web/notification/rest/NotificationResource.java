package vn.hoclieu.web.notification.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.content.notification.Notification;
import vn.hoclieu.content.notification.NotificationService;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/** The signed-in person's in-app notifications. */
@Path("/notifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentUser currentUser;

    @GET
    public List<Notification> recent() {
        return notifications.recent(currentUser.required().id(), 50);
    }

    @POST
    @Path("/{id}/read")
    public Response read(@PathParam("id") long id) {
        notifications.markRead(id, currentUser.required().id());
        return Response.noContent().build();
    }

    @POST
    @Path("/read")
    public Response readAll() {
        notifications.markAllRead(currentUser.required().id());
        return Response.noContent().build();
    }
}
