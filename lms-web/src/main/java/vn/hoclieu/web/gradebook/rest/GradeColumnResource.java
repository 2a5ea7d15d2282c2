package vn.hoclieu.web.gradebook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.web.account.CurrentUser;

/** The subject's teacher deletes a paper-test column and its marks (409 {@code not_manual} for an assignment's or quiz's). */
@Path("/grade-columns/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class GradeColumnResource {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @DELETE
    public Response delete(@PathParam("id") long columnId) {
        gradebook.deleteColumn(columnId, currentUser.required());
        return Response.noContent().build();
    }
}
