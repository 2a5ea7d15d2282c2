package vn.hoclieu.web.material.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.hoclieu.content.upload.Upload;
import vn.hoclieu.content.upload.UploadArea;
import vn.hoclieu.content.upload.UploadRefusedException;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.material.UploadLimits;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Resumable uploads with the tus 1.0.0 protocol (core, creation, termination): a dropped
 * connection or a reloaded page asks HEAD for the offset and PATCHes on from there. Bytes stream
 * to disk, never into memory; a completed upload becomes a blob, which
 * {@code POST /api/v1/materials/{id}/files} then attaches to a material.
 */
@Path("/uploads")
@RolesAllowed({Role.TEACHER_NAME, Role.REVIEWER_NAME, Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME})
public class UploadResource {

    static final String TUS_VERSION = "1.0.0";
    static final String OFFSET_OCTET_STREAM = "application/offset+octet-stream";

    @Inject
    UploadArea uploads;

    @Inject
    UploadLimits limits;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @OPTIONS
    public Response capabilities() {
        return tus(Response.noContent()).header("Tus-Version", TUS_VERSION)
                .header("Tus-Extension", "creation,termination").header("Tus-Max-Size", limits.largest()).build();
    }

    @POST
    public Response create(@HeaderParam("Upload-Length") Long length, @HeaderParam("Upload-Metadata") String metadata)
            throws IOException {
        if (length == null || length < 0) {
            return refuse(Response.Status.BAD_REQUEST, "upload_length_required", "upload.lengthRequired");
        }
        Map<String, String> meta = parseMetadata(metadata);
        long limit = limits.forDeclaredType(meta.get("filetype"));
        if (length > limit) {
            return refuse(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "upload.tooLarge", limit);
        }
        Upload upload = uploads.create(me(), length, meta.get("filename"), meta.get("filetype"));
        return tus(Response.created(uri.getAbsolutePathBuilder().path(upload.id()).build()))
                .header("Upload-Offset", upload.offset()).build();
    }

    @HEAD
    @Path("/{id}")
    public Response offset(@PathParam("id") String id) throws IOException {
        return uploads.find(id, me())
                .map(u -> tus(Response.ok()).header("Upload-Offset", u.offset()).header("Upload-Length", u.length())
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> tus(Response.status(Response.Status.NOT_FOUND)).build());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(OFFSET_OCTET_STREAM)
    @BodyLimit(BodyLimit.STREAMED)
    public Response append(@PathParam("id") String id, @HeaderParam("Upload-Offset") Long offset, InputStream bytes)
            throws IOException {
        if (offset == null) {
            return refuse(Response.Status.BAD_REQUEST, "upload_offset_required", "upload.offsetRequired");
        }
        try {
            Upload upload = uploads.append(id, me(), offset, bytes);
            Response.ResponseBuilder done = tus(Response.noContent()).header("Upload-Offset", upload.offset());
            upload.blobSha256().ifPresent(sha -> done.header("HocLieu-Blob", sha));
            return done.build();
        } catch (UploadRefusedException e) {
            return switch (e.code()) {
                case NOT_FOUND -> tus(Response.status(Response.Status.NOT_FOUND)).build();
                case OFFSET_MISMATCH, ALREADY_COMPLETE -> refuse(Response.Status.CONFLICT, "offset_mismatch", "upload.offsetMismatch");
                case TOO_LARGE -> refuse(Response.Status.REQUEST_ENTITY_TOO_LARGE, "too_large", "upload.beyondLength");
                case INVALID -> refuse(Response.Status.BAD_REQUEST, "invalid", "api.invalid");
            };
        }
    }

    @DELETE
    @Path("/{id}")
    public Response terminate(@PathParam("id") String id) throws IOException {
        return tus(uploads.delete(id, me()) ? Response.noContent() : Response.status(Response.Status.NOT_FOUND)).build();
    }

    private long me() {
        return currentUser.required().id();
    }

    private Response refuse(Response.Status status, String error, String key, Object... arguments) {
        return tus(Response.fromResponse(ApiError.response(status, error, RequestLanguage.text(headers, key, arguments)))).build();
    }

    private static Response.ResponseBuilder tus(Response.ResponseBuilder response) {
        return response.header("Tus-Resumable", TUS_VERSION);
    }

    /** tus metadata: comma-separated "key base64value" pairs; a value may be absent. */
    static Map<String, String> parseMetadata(String header) {
        Map<String, String> meta = new HashMap<>();
        if (header == null || header.isBlank()) {
            return meta;
        }
        for (String pair : header.split(",")) {
            String[] parts = pair.strip().split(" ", 2);
            try {
                meta.put(parts[0], parts.length < 2 ? "" : new String(Base64.getDecoder().decode(parts[1].strip()),
                        java.nio.charset.StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new UploadRefusedException(UploadRefusedException.Code.INVALID, "Upload-Metadata value of " + parts[0] + " is not base64");
            }
        }
        return meta;
    }
}
