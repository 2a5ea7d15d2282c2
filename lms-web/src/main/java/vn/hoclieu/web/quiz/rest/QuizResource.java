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
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.quiz.AttemptService;
import vn.hoclieu.core.quiz.AttemptView;
import vn.hoclieu.core.quiz.GradingItem;
import vn.hoclieu.core.quiz.ItemReport;
import vn.hoclieu.core.quiz.PreparedAttempt;
import vn.hoclieu.core.quiz.PupilResult;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.core.quiz.QuizDetails;
import vn.hoclieu.core.quiz.QuizInput;
import vn.hoclieu.core.quiz.QuizService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.i18n.Messages;

import java.util.List;
import java.util.Locale;

/**
 * One quiz: its class reads it; a pupil starts (or resumes) an attempt; its teachers publish it and
 * read results per pupil, the essays to grade and item statistics.
 */
@Path("/quizzes/{id}")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class QuizResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    QuizService quizzes;

    @Inject
    AttemptService attempts;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public QuizDetails quiz(@PathParam("id") long id) {
        return quizzes.quiz(id, currentUser.required());
    }

    /** A teacher changes the quiz (the same body as creating it); once attempted, only times, attempts and review (409 otherwise). */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public QuizDetails update(@PathParam("id") long id, QuizInput body) {
        return quizzes.update(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("publish")
    public QuizDetails publish(@PathParam("id") long id) {
        return quizzes.publish(id, currentUser.required());
    }

    /**
     * Opening the quiz prepares the pupil's next attempt, once (200 {@code {"state":"PREPARED"}}, or
     * {@code "IN_PROGRESS"} with the attempt's id); its questions are shown only by the start.
     * 409 {@code not_open} earlier than shortly before the opening or after the closing.
     */
    @POST
    @Path("attempts/prepared")
    public PreparedAttempt prepare(@PathParam("id") long id) {
        return attempts.prepare(id, currentUser.required());
    }

    /** Start (the prepared attempt, if any), or resume the attempt in progress (200 either way: the answer is the attempt as it stands). */
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

    /** The results and item statistics as a spreadsheet, in the reader's language (teachers of the class; others 403). */
    @GET
    @Path("results.xlsx")
    @Produces({XLSX, MediaType.APPLICATION_JSON})
    public Response resultsWorkbook(@PathParam("id") long id) {
        Locale locale = RequestLanguage.of(headers);
        byte[] file = quizzes.resultsWorkbook(id, currentUser.required(), key -> Messages.text(locale, key));
        return Response.ok(file, XLSX).header("Content-Disposition", "attachment; filename=\"ket-qua-bai-kiem-tra-" + id + ".xlsx\"")
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("statistics")
    public List<ItemReport> statistics(@PathParam("id") long id) {
        return quizzes.statistics(id, currentUser.required());
    }
}
