package vn.hoclieu.web.gradebook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.PupilResults;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.InvalidRequestException;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.gradebook.GradebookTerms;

import java.util.Map;

/** A pupil's own results for a term: every subject of their class, their row only (403 for anyone but a pupil). */
@Path("/me/results")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class MyResultsResource {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    public PupilResults results(@QueryParam("term") String term) {
        return gradebook.resultsOf(currentUser.required(), GradebookTerms.parse(term)
                .orElseThrow(() -> new InvalidRequestException(Map.of("term", RequestLanguage.text(headers, "gradebook.term.invalid")))));
    }
}
