package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.ClassFileInfo;
import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.file.UploadedFiles;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.core.classroom.ScheduledSession;
import vn.hoclieu.core.classroom.SessionInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.classroom.ClassMaterials;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A class's page: its announcements, online sessions, handed-out materials and own files. The class's pupils,
 * teachers and school admins read; its teachers post announcements, schedule sessions
 * ({@code startsAt} in Vietnam time, e.g. {@code 2026-12-01T19:30}) and hand out published
 * materials ({@code {"materialId": 12}}; 404 unless published) and upload class-only files
 * (checked like assignment files: 415, 413). Anyone else: 403.
 */
@Path("/classes/{classId}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class ClassPageResource {

    /** The body of a material handed out. */
    public record Addition(@NotNull(message = "{classMaterial.required}") Long materialId) {
    }

    @Inject
    ClassroomService classroom;

    @Inject
    ClassMaterials materials;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Inject
    UploadedFiles files;

    @Context
    HttpHeaders headers;

    @GET
    @Path("announcements")
    public List<PostedAnnouncement> announcements(@PathParam("classId") long classId) {
        return classroom.announcements(classId, currentUser.required());
    }

    @POST
    @Path("announcements")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@PathParam("classId") long classId, AnnouncementInput body) {
        return created(classroom.post(classId, currentUser.required(), validator.valid(body, headers)));
    }

    @GET
    @Path("sessions")
    public List<ScheduledSession> sessions(@PathParam("classId") long classId) {
        return classroom.sessions(classId, currentUser.required());
    }

    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@PathParam("classId") long classId, SessionInput body) {
        return created(classroom.schedule(classId, currentUser.required(), validator.valid(body, headers)));
    }

    @GET
    @Path("materials")
    public List<CatalogueEntry> materials(@PathParam("classId") long classId) {
        return materials.of(classId, currentUser.required());
    }

    @POST
    @Path("materials")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response handOut(@PathParam("classId") long classId, Addition body) {
        materials.share(classId, currentUser.required(), validator.valid(body, headers).materialId());
        return created(materials.of(classId, currentUser.required()));
    }

    @DELETE
    @Path("materials/{materialId}")
    public Response takeOff(@PathParam("classId") long classId, @PathParam("materialId") long materialId) {
        classroom.unshare(classId, currentUser.required(), materialId);
        return Response.noContent().build();
    }

    @GET
    @Path("files")
    public List<ClassFileInfo> files(@PathParam("classId") long classId) {
        return classroom.files(classId, currentUser.required());
    }

    /** A class-only file: the file is the body; {@code name} its file name, {@code title} what the page shows (optional). */
    @POST
    @Path("files")
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(BodyLimit.STREAMED)
    public Response addFile(@PathParam("classId") long classId, @QueryParam("name") String name, @QueryParam("title") String title,
                            InputStream body) throws IOException {
        Account teacher = currentUser.required();
        StoredFile stored = files.store(name, body, classroom.fileRules(classId, teacher));
        return created(classroom.addFile(classId, teacher, title, stored));
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
