package vn.hoclieu.web.gradebook.rest;

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
import vn.hoclieu.core.gradebook.ColumnInput;
import vn.hoclieu.core.gradebook.GradeSheet;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.MarkInput;
import vn.hoclieu.core.gradebook.SubjectEntry;
import vn.hoclieu.core.gradebook.Term;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.InvalidRequestException;
import vn.hoclieu.web.api.RequestLanguage;
import vn.hoclieu.web.gradebook.GradebookFiles;
import vn.hoclieu.web.gradebook.GradebookTerms;

import java.util.List;
import java.util.Map;

/**
 * A class's gradebook per subject and term ({@code ?term=FIRST|SECOND}, today's by default): the
 * sheet (columns, a row per pupil, computed results), paper-test columns
 * ({@code {"kind":"REGULAR","title":"Kiểm tra 15 phút"}}), marks in a batch saved whole or not at all
 * ({@code [{"columnId":1,"pupilId":2,"score":8.5,"comment":"…","version":0}]}, 400
 * {@code invalid_marks} with a message per cell "columnId:pupilId"), and the XLSX book. The subject's
 * teacher edits; the homeroom teacher and the school's admins read; pupils use {@code /me/results}.
 */
@Path("/classes/{classId}/gradebook")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class GradebookResource {

    @Inject
    GradebookService gradebook;

    @Inject
    GradebookFiles files;

    @Inject
    CurrentUser currentUser;

    @Context
    HttpHeaders headers;

    @GET
    public List<SubjectEntry> subjects(@PathParam("classId") long classId) {
        return gradebook.subjects(classId, currentUser.required());
    }

    @GET
    @Path("{subjectId}")
    public GradeSheet sheet(@PathParam("classId") long classId, @PathParam("subjectId") long subjectId, @QueryParam("term") String term) {
        return gradebook.sheet(classId, subjectId, term(term), currentUser.required());
    }

    @POST
    @Path("{subjectId}/columns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addColumn(@PathParam("classId") long classId, @PathParam("subjectId") long subjectId, @QueryParam("term") String term,
                              ColumnInput column) {
        if (column == null || column.kind() == null) {
            throw new InvalidRequestException(Map.of("kind", RequestLanguage.text(headers, "gradebook.column.kindRequired")));
        }
        GradeSheet sheet = gradebook.addColumn(classId, subjectId, term(term), currentUser.required(), column);
        return Response.status(Response.Status.CREATED).entity(sheet).build();
    }

    @PUT
    @Path("{subjectId}/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public GradeSheet record(@PathParam("classId") long classId, @PathParam("subjectId") long subjectId, @QueryParam("term") String term,
                             List<MarkInput> marks) {
        if (marks == null || marks.isEmpty() || marks.contains(null)) {
            throw new InvalidRequestException(Map.of("marks", RequestLanguage.text(headers, "gradebook.marks.required")));
        }
        return gradebook.record(classId, subjectId, term(term), currentUser.required(), marks);
    }

    @GET
    @Path("{subjectId}/export.xlsx")
    @Produces({GradebookFiles.XLSX, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("classId") long classId, @PathParam("subjectId") long subjectId, @QueryParam("term") String term) {
        GradebookFiles.File file = files.export(classId, subjectId, term(term), currentUser.required(), RequestLanguage.of(headers));
        return Response.ok(file.bytes(), GradebookFiles.XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file.name() + "\"")
                .header("Cache-Control", "no-store").build();
    }

    private Term term(String value) {
        return GradebookTerms.parse(value)
                .orElseThrow(() -> new InvalidRequestException(Map.of("term", RequestLanguage.text(headers, "gradebook.term.invalid"))));
    }
}
