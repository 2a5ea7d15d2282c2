package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/** A class's announcements: its pupils, teachers and school admins read them; its teachers post. */
@Path("/classes/{classId}/announcements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class AnnouncementResource {

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<PostedAnnouncement> announcements(@PathParam("classId") long classId) {
        return classroom.announcements(classId, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("classId") long classId, AnnouncementInput body) {
        PostedAnnouncement posted = classroom.post(classId, currentUser.required(), validator.valid(body, headers));
        return Response.status(Response.Status.CREATED).entity(posted).build();
    }
}
