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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.classroom.ClassMaterials;

import java.util.List;

/**
 * Published materials handed out to a class: its people read the list (catalogue entries), its
 * teachers add ({@code {"materialId": 12}}; 404 unless published) and remove them.
 */
@Path("/classes/{classId}/materials")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class ClassMaterialResource {

    /** The body of an addition. */
    public record Addition(@NotNull(message = "{classMaterial.required}") Long materialId) {
    }

    @Inject
    ClassMaterials materials;

    @Inject
    ClassroomService classroom;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<CatalogueEntry> list(@PathParam("classId") long classId) {
        return materials.of(classId, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("classId") long classId, Addition body) {
        materials.share(classId, currentUser.required(), validator.valid(body, headers).materialId());
        return Response.status(Response.Status.CREATED).entity(materials.of(classId, currentUser.required())).build();
    }

    @DELETE
    @Path("/{materialId}")
    public Response remove(@PathParam("classId") long classId, @PathParam("materialId") long materialId) {
        classroom.unshare(classId, currentUser.required(), materialId);
        return Response.noContent().build();
    }
}
