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
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.content.review.ReviewVerdict;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/** Reviewers' side of review: the queue, claiming and releasing seats, deciding with the rubric. */
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.REVIEWER_NAME)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    /** Open seats in my pools and the seats I hold. */
    @GET
    @Path("/tasks")
    public List<ReviewTaskSummary> queue() {
        return reviews.queue(currentUser.viewer());
    }

    @GET
    @Path("/tasks/{id}")
    @RolesAllowed({Role.REVIEWER_NAME, Role.DISTRICT_ADMIN_NAME})
    public ReviewTaskSummary task(@PathParam("id") long id) {
        return reviews.task(id, currentUser.viewer());
    }

    /** 409 when someone else claimed it first; 403 outside the task's pool or on one's own material. */
    @POST
    @Path("/tasks/{id}/claim")
    public ReviewTaskSummary claim(@PathParam("id") long id) {
        return reviews.claim(id, currentUser.viewer());
    }

    @POST
    @Path("/tasks/{id}/release")
    public ReviewTaskSummary release(@PathParam("id") long id) {
        return reviews.release(id, currentUser.viewer());
    }

    @POST
    @Path("/tasks/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReviewRecord decide(@PathParam("id") long id, ReviewVerdict body) {
        return reviews.decide(id, currentUser.viewer(), validator.valid(body, headers));
    }

    /** A district admin gives a stale claim to another pool member, or back to the pool (reviewerId null). */
    @PUT
    @Path("/tasks/{id}/assignee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DISTRICT_ADMIN_NAME)
    public ReviewTaskSummary reassign(@PathParam("id") long id, AssigneeRequest body) {
        return reviews.reassign(id, body == null ? null : body.reviewerId(), currentUser.viewer());
    }

    @GET
    @Path("/stale")
    @RolesAllowed(Role.DISTRICT_ADMIN_NAME)
    public List<ReviewTaskSummary> stale() {
        return reviews.staleClaims();
    }

    @GET
    @Path("/rubric")
    @RolesAllowed({Role.REVIEWER_NAME, Role.TEACHER_NAME, Role.DISTRICT_ADMIN_NAME})
    public List<RubricCriterion> rubric() {
        return reviews.rubric();
    }
}
