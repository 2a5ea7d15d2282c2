package vn.hoclieu.web.review.rest;

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
import vn.hoclieu.content.review.PolicySettings;
import vn.hoclieu.content.review.PoolSettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/** The district admin's review settings: pools, policy (approvals, minimum average, stale time), rubric. */
@Path("/review-settings")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.DISTRICT_ADMIN_NAME)
public class ReviewSettingsResource {

    @Inject
    ReviewAdministration settings;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    @Path("/policy")
    public PolicySettings policy() {
        return settings.policy();
    }

    @PUT
    @Path("/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicySettings configure(PolicySettings body) {
        return settings.configure(validator.valid(body, headers));
    }

    @GET
    @Path("/pools")
    public List<PoolSettings> pools() {
        return settings.pools();
    }

    @POST
    @Path("/pools")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolSettings createPool(PoolSettings body) {
        PoolSettings valid = validator.valid(body, headers);
        return settings.savePool(new PoolSettings(null, valid.name(), valid.subjectCode(), valid.level(), valid.reviewerIds()));
    }

    @PUT
    @Path("/pools/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PoolSettings replacePool(@PathParam("id") long id, PoolSettings body) {
        PoolSettings valid = validator.valid(body, headers);
        return settings.savePool(new PoolSettings(id, valid.name(), valid.subjectCode(), valid.level(), valid.reviewerIds()));
    }

    @GET
    @Path("/criteria")
    public List<RubricCriterion> criteria() {
        return settings.criteria();
    }

    @PUT
    @Path("/criteria/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RubricCriterion saveCriterion(@PathParam("code") String code, RubricCriterion body) {
        RubricCriterion valid = validator.valid(body, headers);
        return settings.saveCriterion(new RubricCriterion(code, valid.position(), valid.labelVi(), valid.labelEn(), valid.active()));
    }
}
