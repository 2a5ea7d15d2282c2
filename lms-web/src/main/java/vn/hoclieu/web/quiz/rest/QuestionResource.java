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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;
import java.util.Map;

/**
 * Bank questions: the owner writes, corrects ({@code version} of the edit's start; a changed key
 * rescores finished attempts) and regrades; teachers of the subject list the questions of shared sets
 * ({@code ?subject=TOAN&grade=3}; a category is shared whole, through review: {@link QuestionCategoryResource}).
 * Stems and options are stored sanitized; their images, audio and video must play published files of the
 * content repository.
 */
@Path("/questions")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class QuestionResource {

    @Inject
    QuestionBankService bank;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public List<BankQuestion> shared(@QueryParam("subject") String subjectCode, @QueryParam("grade") int grade) {
        return bank.shared(subjectCode, grade, currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(QuestionInput body) {
        return Response.status(Response.Status.CREATED).entity(bank.create(currentUser.required(), validator.valid(body, headers))).build();
    }

    /**
     * What the bank page's picker inserts for a published material: {@code {"html":"<img src=…>"}}
     * (400 {@code media_not_published} for a material pupils could not load).
     */
    @GET
    @Path("media/{materialId}")
    public Map<String, String> media(@PathParam("materialId") long materialId) {
        return Map.of("html", bank.mediaMarkup(materialId, currentUser.required()));
    }

    @GET
    @Path("{id}")
    public BankQuestion question(@PathParam("id") long id) {
        return bank.question(id, currentUser.required());
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public BankQuestion update(@PathParam("id") long id, QuestionInput body) {
        return bank.update(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("{id}/regrade")
    public Map<String, Integer> regrade(@PathParam("id") long id) {
        return Map.of("rescored", bank.regrade(id, currentUser.required()));
    }
}
