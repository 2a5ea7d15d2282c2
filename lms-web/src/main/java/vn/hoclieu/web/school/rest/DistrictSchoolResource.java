package vn.hoclieu.web.school.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.school.SchoolInput;
import vn.hoclieu.core.school.SchoolStructureService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

/**
 * The district office adds a school ({@code level}: PRIMARY, LOWER_SECONDARY, INTER_LEVEL). Under
 * {@code /district}: a root resource at {@code /schools} would take every {@code schools/…} request
 * away from the roster's resource.
 */
@Path("/district/schools")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
public class DistrictSchoolResource {

    @Inject
    SchoolStructureService structure;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SchoolInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(structure.createSchool(currentUser.required(), validator.valid(body, headers))).build();
    }
}
