package vn.hoclieu.web.quiz.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.BankQuestion;
import vn.hoclieu.core.quiz.CategoryInput;
import vn.hoclieu.core.quiz.QtiPackage;
import vn.hoclieu.core.quiz.QtiReport;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuestionSetPreview;
import vn.hoclieu.web.quiz.SetReviewerComments;
import vn.hoclieu.web.material.rest.NoteRequest;
import vn.hoclieu.web.material.rest.ReasonRequest;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.api.RequestValidator;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * A teacher's categories of bank questions, their questions, and QTI imports into them: the raw
 * package ({@code application/zip}) or item ({@code application/xml}) as the body, the file's
 * name in {@code X-File-Name}; the answer is the report (imported count, question ids, problems).
 * {@code GET {id}/qti} exports the category as a package that import reads back to the same questions.
 * Sharing a category district-wide goes through review: {@code POST {id}/submission} ({@code note}),
 * {@code GET {id}/submission} (status and reviewers' comments), {@code POST {id}/withdrawal}
 * ({@code reason}); reviewers read {@code GET {id}/preview} (every question with its key), which
 * the carrier material links to as the page {@code app/question-set.xhtml?id=}.
 */
@Path("/question-categories")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class QuestionCategoryResource {

    @Inject
    QuestionBankService bank;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Inject
    SetReviewerComments reviewerComments;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    public List<BankCategory> mine() {
        return bank.categories(currentUser.required());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CategoryInput body) {
        return Response.status(Response.Status.CREATED).entity(bank.createCategory(currentUser.required(), validator.valid(body, headers))).build();
    }

    @GET
    @Path("{id}/questions")
    public List<BankQuestion> questions(@PathParam("id") long id) {
        return bank.questions(id, currentUser.required());
    }

    /** The category's questions as a QTI 2.1 content package (the owner's all, a colleague's the shared ones). */
    @GET
    @Path("{id}/qti")
    @Produces(QtiPackage.MEDIA_TYPE)
    public Response exportQti(@PathParam("id") long id) {
        return QtiDownload.of(bank.exportQti(id, currentUser.required()));
    }

    @GET
    @Path("{id}/submission")
    public QuestionSetReview review(@PathParam("id") long id) {
        BankCategory category = bank.category(id, currentUser.required());
        return new QuestionSetReview(category, reviewerComments.of(category));
    }

    /** "Gửi duyệt để chia sẻ": reviewers follow the carrier's link to the set's preview page. */
    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionSetReview submit(@PathParam("id") long id, NoteRequest body) {
        NoteRequest note = body == null ? new NoteRequest(null) : validator.valid(body, headers);
        String preview = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("api/v1/?$", ""))
                .path("app/question-set.xhtml").queryParam("id", id).build().toString();
        BankCategory category = bank.submitSet(id, currentUser.required(), preview, note.note());
        return new QuestionSetReview(category, reviewerComments.of(category));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public QuestionSetReview withdraw(@PathParam("id") long id, ReasonRequest body) {
        BankCategory category = bank.withdrawSet(id, currentUser.required(), validator.valid(body, headers).reason());
        return new QuestionSetReview(category, reviewerComments.of(category));
    }

    @GET
    @Path("{id}/preview")
    public QuestionSetPreview preview(@PathParam("id") long id) {
        return bank.preview(id, currentUser.required());
    }

    @POST
    @Path("{id}/qti")
    @Consumes({"application/zip", "application/x-zip-compressed", "application/xml", "text/xml", MediaType.APPLICATION_OCTET_STREAM})
    @BodyLimit(QuestionBankService.MAX_QTI_BYTES)
    public QtiReport importQti(@PathParam("id") long id, @HeaderParam("X-File-Name") String fileName, InputStream body) throws IOException {
        return bank.importQti(id, currentUser.required(), fileName, body);
    }
}
