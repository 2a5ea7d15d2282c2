package vn.hoclieu.web.material.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.content.material.HistoryEntry;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MetadataChange;
import vn.hoclieu.content.material.VersionSummary;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.UploadedBytes;
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.upload.Upload;
import vn.hoclieu.content.upload.UploadArea;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.InvalidRequestException;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.api.RequestValidator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Contributing materials through the API: describe, attach uploaded files, follow their ingest,
 * start versions, send them to review, retire them, read their history and reviews.
 */
@Path("/materials")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEACHER_NAME, Role.REVIEWER_NAME, Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME})
public class MaterialResource {

    @Inject
    MaterialService materials;

    @Inject
    ReviewService reviews;

    @Inject
    UploadArea uploads;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response contribute(MaterialDraft body) {
        MaterialDraft draft = validator.valid(body, headers);
        Account me = me();
        return Response.status(Response.Status.CREATED).entity(materials.contribute(me.id(), me.schoolId(), draft)).build();
    }

    @GET
    @Path("/mine")
    public List<MaterialSummary> mine() {
        return materials.mine(me().id());
    }

    @GET
    @Path("/{id}")
    public MaterialSummary get(@PathParam("id") long id) {
        return materials.get(id, currentUser.viewer());
    }

    /** Changes the description while the latest version is a draft or has changes requested. */
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaterialSummary describe(@PathParam("id") long id, MaterialDraft body) {
        return materials.describe(id, me().id(), validator.valid(body, headers));
    }

    @GET
    @Path("/{id}/versions")
    public List<VersionSummary> versions(@PathParam("id") long id) {
        return materials.versions(id, currentUser.viewer());
    }

    /** Starts the next version once the latest one's review has ended; the published one stays public. */
    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response newVersion(@PathParam("id") long id, NoteRequest body) {
        MaterialSummary next = materials.newVersion(id, me().id(), body == null ? null : validator.valid(body, headers).note());
        return Response.status(Response.Status.CREATED).entity(next).build();
    }

    @GET
    @Path("/{id}/changes")
    public List<MetadataChange> changes(@PathParam("id") long id) {
        return materials.changesSincePreviousVersion(id, currentUser.viewer());
    }

    @GET
    @Path("/{id}/history")
    public List<HistoryEntry> history(@PathParam("id") long id) {
        return materials.history(id, currentUser.viewer());
    }

    /** Sends the latest version to review (DRAFT or CHANGES_REQUESTED → SUBMITTED); 409 from any other state. */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaterialSummary submit(@PathParam("id") long id, NoteRequest body) {
        return reviews.submit(id, currentUser.viewer(), body == null ? null : validator.valid(body, headers).note());
    }

    @POST
    @Path("/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaterialSummary retire(@PathParam("id") long id, ReasonRequest body) {
        return reviews.retire(id, currentUser.viewer(), validator.valid(body, headers).reason());
    }

    /** The composite review result: every round, decision, score and comment. */
    @GET
    @Path("/{id}/reviews")
    public ReviewRecord reviews(@PathParam("id") long id) {
        return reviews.record(id, currentUser.viewer());
    }

    @POST
    @Path("/{id}/files")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response attach(@PathParam("id") long id, AttachRequest body) throws IOException {
        AttachRequest request = validator.valid(body, headers);
        long me = me().id();
        Upload upload = uploads.find(request.uploadId(), me)
                .orElseThrow(() -> new InvalidRequestException(Map.of("uploadId", RequestLanguage.text(headers, "upload.notFound"))));
        if (upload.blobSha256().isEmpty()) {
            return ApiError.response(Response.Status.CONFLICT, "upload_incomplete", RequestLanguage.text(headers, "upload.incomplete"));
        }
        var attached = materials.attach(id, me, new UploadedBytes(upload.blobSha256().get(), upload.length(),
                upload.fileName(), upload.declaredType()));
        uploads.delete(upload.id(), me);
        return Response.status(Response.Status.CREATED).entity(attached).build();
    }

    private Account me() {
        return currentUser.required();
    }
}
