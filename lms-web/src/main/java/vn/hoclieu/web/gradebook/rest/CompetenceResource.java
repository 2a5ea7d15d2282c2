package vn.hoclieu.web.gradebook.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.gradebook.CompetenceInput;
import vn.hoclieu.core.gradebook.CompetenceSheet;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.InvalidRequestException;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.gradebook.GradebookTerms;

import java.util.List;
import java.util.Map;

/**
 * A primary class's qualities and competences for a term (Circular 27): its teachers and the school's
 * admins read; the homeroom teacher rates ({@code [{"pupilId":2,"aspect":"YEU_NUOC","rating":"TOT"}]},
 * a null rating clears). 404 for a secondary class.
 */
@Path("/classes/{classId}/competences")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class CompetenceResource {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    public CompetenceSheet sheet(@PathParam("classId") long classId, @QueryParam("term") String term) {
        return gradebook.competences(classId, term(term), currentUser.required());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CompetenceSheet rate(@PathParam("classId") long classId, @QueryParam("term") String term, List<CompetenceInput> ratings) {
        if (ratings == null || ratings.isEmpty() || ratings.contains(null)) {
            throw new InvalidRequestException(Map.of("ratings", RequestLanguage.text(headers, "gradebook.marks.required")));
        }
        return gradebook.rateCompetences(classId, term(term), currentUser.required(), ratings);
    }

    private Term term(String value) {
        return GradebookTerms.parse(value)
                .orElseThrow(() -> new InvalidRequestException(Map.of("term", RequestLanguage.text(headers, "gradebook.term.invalid"))));
    }
}
