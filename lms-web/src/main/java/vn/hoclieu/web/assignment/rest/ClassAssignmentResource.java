package vn.hoclieu.web.assignment.rest;

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
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.SubjectChoice;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/**
 * A class's assignments: its teachers set them (times in Vietnam time, {@code 2026-12-01T19:30})
 * and see every one with counts per status; its pupils see the open ones with their own status;
 * its school's admins read. Anyone else: 403.
 */
@Path("/classes/{classId}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class ClassAssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<AssignmentDetails> list(@PathParam("classId") long classId) {
        return assignments.ofClass(classId, currentUser.required());
    }

    @GET
    @Path("subjects")
    public List<SubjectChoice> subjects(@PathParam("classId") long classId) {
        return assignments.subjects(classId, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("classId") long classId, AssignmentInput body) {
        AssignmentDetails created = assignments.create(classId, currentUser.required(), validator.valid(body, headers));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
