package vn.hoclieu.web.quiz.rest;

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
import vn.hoclieu.core.quiz.AnswerInput;
import vn.hoclieu.core.quiz.AttemptClockView;
import vn.hoclieu.core.quiz.AttemptReview;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.AttemptView;
import vn.hoclieu.core.quiz.GradingItem;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.core.quiz.SavedAnswer;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.math.BigDecimal;

/**
 * An attempt. Its pupil reads it (questions in its order, never a key), saves each answer
 * ({@code {"response":["b"],"baseVersion":0,"saveId":"…"}}: 200 applied or repeated, 409 with the
 * server's answer on a conflict, 409 {@code attempt_over} after the end) and submits; the review
 * shows what the quiz allows now. Its class's teachers review it and grade essays
 * ({@code {"points": 1.5}}). Anyone else: 404.
 */
@Path("/attempts/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class AttemptResource {

    /** A teacher's grade of one essay. */
    public record Grade(BigDecimal points) {
    }

    @Inject
    AttemptService attempts;

    @Inject
    QuizService quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public AttemptView attempt(@PathParam("id") long id) {
        return attempts.attempt(id, currentUser.required());
    }

    /** The server's clock alone (seconds left, submitted or not): the attempt page's light poll for its timer. */
    @GET
    @Path("clock")
    public AttemptClockView clock(@PathParam("id") long id) {
        return attempts.clock(id, currentUser.required());
    }

    @PUT
    @Path("answers/{slot}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedAnswer save(@PathParam("id") long id, @PathParam("slot") int slot, AnswerInput body) {
        return attempts.save(id, currentUser.required(), slot, validator.valid(body, headers));
    }

    @POST
    @Path("submit")
    public AttemptReview submit(@PathParam("id") long id) {
        return attempts.submit(id, currentUser.required());
    }

    @GET
    @Path("review")
    public AttemptReview review(@PathParam("id") long id) {
        return attempts.review(id, currentUser.required());
    }

    @PUT
    @Path("answers/{slot}/grade")
    @Consumes(MediaType.APPLICATION_JSON)
    public GradingItem grade(@PathParam("id") long id, @PathParam("slot") int slot, Grade body) {
        return quizzes.grade(id, slot, currentUser.required(), validator.valid(body, headers).points());
    }
}
