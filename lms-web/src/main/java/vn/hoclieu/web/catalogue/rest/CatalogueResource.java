package vn.hoclieu.web.catalogue.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.content.catalogue.CatalogueQuery;
import vn.hoclieu.content.catalogue.CataloguePage;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.catalogue.Rating;
import vn.hoclieu.content.catalogue.RatingInput;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/** The district catalogue: published materials for every signed-in person, and teachers' ratings. */
@Path("/catalogue")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.STUDENT_NAME, Role.TEACHER_NAME, Role.REVIEWER_NAME, Role.SCHOOL_ADMIN_NAME,
        Role.DISTRICT_ADMIN_NAME, Role.LEARNER_NAME})
public class CatalogueResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    MaterialService materials;

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public CataloguePage published(@QueryParam("subject") String subject, @QueryParam("grade") Integer grade,
                                   @QueryParam("type") MaterialType type, @QueryParam("language") String language,
                                   @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        CataloguePage found = catalogue.published(new CatalogueQuery(subject, grade, type, language, page, size));
        return new CataloguePage(found.entries().stream().map(this::named).toList(), found.total(), found.page(), found.size());
    }

    @GET
    @Path("/{id}")
    public CatalogueEntry entry(@PathParam("id") long id) {
        return named(catalogue.entry(id));
    }

    /** The published version's description and files (what a pupil opens). */
    @GET
    @Path("/{id}/material")
    public MaterialSummary material(@PathParam("id") long id) {
        return materials.get(id, currentUser.viewer());
    }

    @GET
    @Path("/{id}/ratings")
    public List<Rating> ratings(@PathParam("id") long id) {
        return catalogue.ratings(id, currentUser.viewer());
    }

    @PUT
    @Path("/{id}/ratings/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public Rating rate(@PathParam("id") long id, RatingInput body) {
        return catalogue.rate(id, currentUser.viewer(), validator.valid(body, headers));
    }

    /** The author's name and the school the author belongs to (the material's school). */
    private CatalogueEntry named(CatalogueEntry entry) {
        return accounts.findById(entry.authorId())
                .map(a -> entry.named(a.displayName(), a.schoolName()))
                .orElse(entry);
    }

    @POST
    @Path("/ratings/{ratingId}/hidden")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME})
    public Rating hide(@PathParam("ratingId") long ratingId, HiddenRequest body) {
        return catalogue.hide(ratingId, body == null || body.hidden(), currentUser.viewer());
    }
}
