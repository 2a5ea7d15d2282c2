package vn.hoclieu.web.roster.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.roster.LoginCard;
import vn.hoclieu.core.roster.RosterFile;
import vn.hoclieu.core.roster.RosterImport;
import vn.hoclieu.core.roster.RosterPreview;
import vn.hoclieu.core.roster.RosterRejectedException;
import vn.hoclieu.core.roster.RosterRow;
import vn.hoclieu.core.roster.RosterService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.ApiError;
import vn.hoclieu.web.api.BodyLimit;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.roster.LoginCardStore;
import vn.hoclieu.web.roster.RosterTexts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A school's roster: the file is the request body itself ({@code text/csv} or the XLSX type),
 * which a cross-site form cannot send, so the session cookie alone cannot be abused (no multipart).
 * Bodies over 2 MiB get 413 ({@code BodySizeLimitFilter}).
 */
@Path("/")
@RolesAllowed({Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME, Role.TEACHER_NAME})
public class RosterResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    RosterService rosters;

    @Inject
    LoginCardStore cardStore;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @POST
    @Path("schools/{schoolId}/roster/preview")
    @Consumes({RosterFile.CSV_TYPE, RosterFile.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME})
    @BodyLimit(RosterFile.MAX_BYTES)
    public RosterJson.Preview preview(@PathParam("schoolId") long schoolId, @HeaderParam("Content-Type") String type, byte[] body) {
        return RosterJson.Preview.of(locale(), rosters.preview(currentUser.required(), schoolId, file(type, body)));
    }

    @POST
    @Path("schools/{schoolId}/roster/import")
    @Consumes({RosterFile.CSV_TYPE, RosterFile.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.SCHOOL_ADMIN_NAME, Role.DISTRICT_ADMIN_NAME})
    @BodyLimit(RosterFile.MAX_BYTES)
    public Response importRoster(@PathParam("schoolId") long schoolId, @HeaderParam("Content-Type") String type, byte[] body) {
        Account me = currentUser.required();
        try {
            RosterImport imported = rosters.importRoster(me, schoolId, file(type, body));
            String token = cardStore.keep(me.id(), imported.cards());
            return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                    .entity(new RosterJson.Imported(imported.cards().size(),
                            imported.cards().stream().map(RosterJson.Issued::of).toList(), cardsPath(token))).build();
        } catch (RosterRejectedException rejected) {
            return rejected(rejected.preview());
        }
    }

    @POST
    @Path("pupils/{pupilId}/password-reset")
    @Produces(MediaType.APPLICATION_JSON)
    public RosterJson.Reset resetPassword(@PathParam("pupilId") long pupilId) {
        Account me = currentUser.required();
        LoginCard card = rosters.resetPassword(me, pupilId);
        return new RosterJson.Reset(RosterJson.Issued.of(card), cardsPath(cardStore.keep(me.id(), List.of(card))));
    }

    /** The login cards of an import or a reset, as PDF, for 30 minutes after, to whoever issued them; {@code class} picks one class. */
    @GET
    @Path("login-cards/{token}")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response loginCards(@PathParam("token") String token, @QueryParam("class") String className) {
        Account me = currentUser.required();
        return cardStore.cards(token, me.id(), className)
                .map(cards -> Response.ok(rosters.printLoginCards(cards, RosterTexts.cardLabels(locale()), siteUrl()), "application/pdf")
                        .header("Content-Disposition", "attachment; filename=\"the-dang-nhap.pdf\"")
                        .header("Cache-Control", "no-store").build())
                .orElseGet(() -> ApiError.response(404, "cards_gone", RequestLanguage.text(headers, "roster.cardsGone"), Map.of()));
    }

    private Response rejected(RosterPreview preview) {
        Locale locale = locale();
        Map<String, String> fields = new LinkedHashMap<>();
        preview.fileProblems().forEach(p -> fields.put("file", RosterTexts.problem(locale, p)));
        for (RosterRow row : preview.rows()) {
            if (!row.valid()) {
                fields.put("line " + row.line(), RosterTexts.problems(locale, row));
            }
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new RosterJson.Rejected("roster_invalid", RequestLanguage.text(headers, "roster.rejected"), fields,
                        RosterJson.Preview.of(locale, preview))).build();
    }

    private static RosterFile file(String type, byte[] body) {
        return new RosterFile(RosterFile.formatOf(type, null).orElse(RosterFile.Format.CSV), body == null ? new byte[0] : body);
    }

    private String cardsPath(String token) {
        return "api/v1/login-cards/" + token;
    }

    /** The application's address as the caller reached it, for the cards. */
    private String siteUrl() {
        String base = uri.getBaseUri().toString();
        return base.endsWith("api/v1/") ? base.substring(0, base.length() - "api/v1/".length()) : base;
    }

    private Locale locale() {
        return RequestLanguage.of(headers);
    }
}
