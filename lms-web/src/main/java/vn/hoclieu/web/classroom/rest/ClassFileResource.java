package vn.hoclieu.web.classroom.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.classroom.ClassFileInfo;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.file.UploadedFiles;

import java.io.IOException;

/** One class-only file: the class's people download it, its teachers take it off the page. */
@Path("/class-files/{fileId}")
@RolesAllowed("**")
public class ClassFileResource {

    @Inject
    ClassroomService classroom;

    @Inject
    UploadedFiles files;

    @Inject
    CurrentUser currentUser;

    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("fileId") long fileId) throws IOException {
        ClassFileInfo file = classroom.file(fileId, currentUser.required());
        return files.download(file.blobId(), file.contentType(), file.size(), file.name());
    }

    @DELETE
    public Response remove(@PathParam("fileId") long fileId) {
        classroom.removeFile(fileId, currentUser.required());
        return Response.noContent().build();
    }
}
