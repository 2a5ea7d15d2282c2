package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.CommentInput;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

/** Comments under an announcement, by the class's pupils and teachers (409 when the announcement takes none). */
@Path("/announcements/{id}/comments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class AnnouncementCommentResource {

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    /** @return the announcement with every comment, the new one last */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public PostedAnnouncement comment(@PathParam("id") long announcementId, CommentInput body) {
        return classroom.comment(announcementId, currentUser.required(), validator.valid(body, headers));
    }
}
