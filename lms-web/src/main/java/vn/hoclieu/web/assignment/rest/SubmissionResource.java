package vn.hoclieu.web.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.GradeInput;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.file.UploadedFiles;

import java.io.IOException;
import java.io.InputStream;

/** A pupil's submission as its class's teachers handle it: read, grade, feedback files, reopen. */
@Path("/submissions/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class SubmissionResource {

    @Inject
    AssignmentService assignments;

    @Inject
    UploadedFiles files;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public SubmissionDetails get(@PathParam("id") long id) {
        return assignments.submissionById(id, currentUser.required());
    }

    @PUT
    @Path("grade")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionDetails grade(@PathParam("id") long id, GradeInput body) {
        return assignments.grade(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("feedback-files")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(BodyLimit.STREAMED)
    public Response feedbackFile(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        var teacher = currentUser.required();
        var stored = files.store(name, body, assignments.feedbackFileRules(id, teacher));
        return AssignmentResource.created(assignments.addFeedbackFile(id, teacher, stored));
    }

    @POST
    @Path("reopen")
    public SubmissionDetails reopen(@PathParam("id") long id) {
        return assignments.reopen(id, currentUser.required());
    }
}
