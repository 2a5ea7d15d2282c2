package vn.hoclieu.web.quiz.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.AttemptView;
import vn.hoclieu.core.quiz.GradingItem;
import vn.hoclieu.core.quiz.ItemReport;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/**
 * One quiz: its class reads it; a pupil starts (or resumes) an attempt; its teachers publish it and
 * read results per pupil, the essays to grade and item statistics.
 */
@Path("/quizzes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class QuizResource {

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    @GET
    public QuizDetails quiz(@PathParam("id") long id) {
        return quizzes.quiz(id, currentUser.required());
    }

    @POST
    @Path("publish")
    public QuizDetails publish(@PathParam("id") long id) {
        return quizzes.publish(id, currentUser.required());
    }

    /** Start, or resume the attempt in progress (200 either way: the answer is the attempt as it stands). */
    @POST
    @Path("attempts")
    public AttemptView start(@PathParam("id") long id) {
        return attempts.start(id, currentUser.required());
    }

    @GET
    @Path("results")
    public List<PupilResult> results(@PathParam("id") long id) {
        return quizzes.results(id, currentUser.required());
    }

    @GET
    @Path("grading")
    public List<GradingItem> grading(@PathParam("id") long id) {
        return quizzes.gradingQueue(id, currentUser.required());
    }

    /** The quiz as a QTI 2.1 content package: its questions and a test with its slots (its teachers only). */
    @GET
    @Path("qti")
    @Produces(QtiPackage.MEDIA_TYPE)
    public Response exportQti(@PathParam("id") long id) {
        return QtiDownload.of(quizzes.exportQti(id, currentUser.required()));
    }

    @GET
    @Path("statistics")
    public List<ItemReport> statistics(@PathParam("id") long id) {
        return quizzes.statistics(id, currentUser.required());
    }
}
