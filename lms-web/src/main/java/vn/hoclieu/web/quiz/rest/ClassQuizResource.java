package vn.hoclieu.web.quiz.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/**
 * A class's quizzes: its teachers set them ({@code opensAt}/{@code closesAt} in Vietnam time,
 * e.g. {@code 2026-12-01T19:30}) and see all; its pupils see the published ones. Anyone else: 403.
 */
@Path("/classes/{classId}/quizzes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class ClassQuizResource {

    @Inject
    QuizService quizzes;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<QuizDetails> quizzes(@PathParam("classId") long classId) {
        return quizzes.quizzesOf(classId, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@PathParam("classId") long classId, QuizInput body) {
        return Response.status(Response.Status.CREATED).entity(quizzes.create(classId, currentUser.required(), validator.valid(body, headers))).build();
    }
}
