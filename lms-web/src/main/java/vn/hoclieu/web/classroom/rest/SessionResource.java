package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.ScheduledSession;
import vn.hoclieu.core.classroom.SessionInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/**
 * A class's online sessions: its people read them (a pupil sees only their own attendance), its
 * teachers schedule them ({@code startsAt} in Vietnam time, e.g. {@code 2026-12-01T19:30}).
 */
@Path("/classes/{classId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class SessionResource {

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<ScheduledSession> sessions(@PathParam("classId") long classId) {
        return classroom.sessions(classId, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("classId") long classId, SessionInput body) {
        ScheduledSession session = classroom.schedule(classId, currentUser.required(), validator.valid(body, headers));
        return Response.status(Response.Status.CREATED).entity(session).build();
    }
}
