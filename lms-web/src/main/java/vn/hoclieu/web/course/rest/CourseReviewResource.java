package vn.hoclieu.web.course.rest;

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
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseReviewPage;
import vn.hoclieu.core.course.CourseReviews;
import vn.hoclieu.core.course.HidingInput;
import vn.hoclieu.core.course.PublicReview;
import vn.hoclieu.core.course.ReviewInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

/**
 * Learners' ratings of a published course: anyone reads the average, the count and the latest
 * reviews; whoever enrolled rates (PUT on {@code mine}: the first time creates, later edits); a
 * district admin hides an abusive review with a reason. Its own root path, longer than
 * {@code /courses/{id}}, so it never shares a template with {@link CourseResource}.
 */
@Path("/courses/{courseId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
public class CourseReviewResource {

    @Inject
    CourseReviews reviews;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public CourseReviewPage reviews(@PathParam("courseId") long courseId, @QueryParam("limit") @DefaultValue("10") int limit) {
        return reviews.of(courseId, limit);
    }

    @GET
    @Path("/mine")
    @RolesAllowed("**")
    public PublicReview mine(@PathParam("courseId") long courseId) {
        return reviews.mine(courseId, currentUser.required()).orElseThrow(CourseException::notFound);
    }

    @PUT
    @Path("/mine")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("**")
    public PublicReview rate(@PathParam("courseId") long courseId, ReviewInput body) {
        return reviews.rate(courseId, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("/{reviewId}/hiding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.DISTRICT_ADMIN_NAME)
    public Response hide(@PathParam("courseId") long courseId, @PathParam("reviewId") long reviewId, HidingInput body) {
        reviews.hide(courseId, reviewId, currentUser.required(), validator.valid(body, headers));
        return Response.noContent().build();
    }
}
