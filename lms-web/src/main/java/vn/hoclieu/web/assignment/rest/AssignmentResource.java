package vn.hoclieu.web.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import vn.hoclieu.core.assignment.AssignmentDetails;
import vn.hoclieu.core.assignment.AssignmentInput;
import vn.hoclieu.core.assignment.AssignmentService;
import vn.hoclieu.core.assignment.DraftInput;
import vn.hoclieu.core.assignment.ExtensionInput;
import vn.hoclieu.core.assignment.FileInfo;
import vn.hoclieu.core.assignment.SubmissionDetails;
import vn.hoclieu.core.assignment.SubmissionStatus;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.web.assignment.SubmissionsZip;
import vn.hoclieu.web.material.download.ContentDisposition;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * One assignment. Teachers of its class edit it, attach files ({@code POST attachments?name=x.pdf},
 * the file as the body), list and download the pupils' work, grant extensions and release grades;
 * a pupil works on their own submission under {@code submission}. Files are downloaded through
 * {@code files/{fileId}}, which checks who may read them.
 */
@Path("/assignments/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class AssignmentResource {

    @Inject
    AssignmentService assignments;

    @Inject
    UploadedFiles files;

    @Inject
    SubmissionsZip zip;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public AssignmentDetails get(@PathParam("id") long id) {
        return assignments.assignment(id, currentUser.required());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentDetails update(@PathParam("id") long id, AssignmentInput body) {
        return assignments.update(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("attachments")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(BodyLimit.STREAMED)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        var teacher = currentUser.required();
        var stored = files.store(name, body, assignments.attachmentRules(id, teacher));
        return created(assignments.attach(id, teacher, stored));
    }

    @GET
    @Path("files/{fileId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("fileId") long fileId) throws IOException {
        FileInfo file = assignments.file(fileId, currentUser.required());
        return files.download(file.blobId(), file.contentType(), file.size(), file.name());
    }

    // --- the pupil's side

    @GET
    @Path("submission")
    public SubmissionDetails submission(@PathParam("id") long id) {
        return assignments.submission(id, currentUser.required());
    }

    @PUT
    @Path("submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionDetails saveDraft(@PathParam("id") long id, DraftInput body) {
        return assignments.saveDraft(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("submission/files")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(BodyLimit.STREAMED)
    public Response addFile(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        var pupil = currentUser.required();
        var stored = files.store(name, body, assignments.submissionFileRules(id, pupil, name));
        return created(assignments.addFile(id, pupil, stored));
    }

    @DELETE
    @Path("submission/files/{fileId}")
    public SubmissionDetails removeFile(@PathParam("id") long id, @PathParam("fileId") long fileId) {
        return assignments.removeFile(id, currentUser.required(), fileId);
    }

    @POST
    @Path("submission/submit")
    public SubmissionDetails submit(@PathParam("id") long id) {
        return assignments.submit(id, currentUser.required());
    }

    // --- the teacher's side

    @GET
    @Path("submissions")
    public List<SubmissionDetails> submissions(@PathParam("id") long id, @QueryParam("status") SubmissionStatus status) {
        return assignments.submissions(id, currentUser.required(), status);
    }

    @GET
    @Path("submissions.zip")
    @Produces("application/zip")
    public Response submissionsZip(@PathParam("id") long id) {
        var teacher = currentUser.required();
        String title = assignments.titleOf(id, teacher);
        List<SubmissionDetails> work = assignments.submissions(id, teacher, null);
        return Response.ok(zip.of(work), "application/zip")
                .header("Content-Disposition", ContentDisposition.of("attachment", title + ".zip")).build();
    }

    @PUT
    @Path("extensions/{pupilId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SubmissionDetails extend(@PathParam("id") long id, @PathParam("pupilId") long pupilId, ExtensionInput body) {
        return assignments.extend(id, pupilId, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("release")
    public AssignmentDetails release(@PathParam("id") long id) {
        return assignments.release(id, currentUser.required());
    }

    static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
