package vn.hoclieu.web.school.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import vn.hoclieu.core.school.ClassInput;
import vn.hoclieu.core.school.ClassSetup;
import vn.hoclieu.core.school.NewTeacher;
import vn.hoclieu.core.school.SchoolInfo;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.school.SchoolStructureService;
import vn.hoclieu.core.school.SchoolYearInfo;
import vn.hoclieu.core.school.SchoolYearInput;
import vn.hoclieu.core.school.StaffMember;
import vn.hoclieu.core.school.SubjectInfo;
import vn.hoclieu.core.school.TeacherInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.api.RequestValidator;

import java.util.List;

/**
 * A school's structure, for its school admins and the district's: years with their semesters
 * (dates as {@code 2027-09-05}), the current year, classes, homeroom and subject teachers
 * ({@code classes/{id}/subjects/TOAN}), teachers' accounts. Not {@code /schools/{id}} alone: the
 * roster's root resource answers {@code schools/{id}/roster/…} and must keep receiving it.
 */
@Path("/schools/{schoolId}/structure")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("**")
public class SchoolStructureResource {

    @Inject
    SchoolStructureService structure;

    @Inject
    SchoolService schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Context
    HttpHeaders headers;

    @GET
    public SchoolInfo school(@PathParam("schoolId") long schoolId) {
        return structure.school(currentUser.required(), schoolId);
    }

    @GET
    @Path("years")
    public List<SchoolYearInfo> years(@PathParam("schoolId") long schoolId) {
        return structure.years(currentUser.required(), schoolId);
    }

    @POST
    @Path("years")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createYear(@PathParam("schoolId") long schoolId, SchoolYearInput body) {
        return created(structure.createYear(currentUser.required(), schoolId, validator.valid(body, headers)));
    }

    @POST
    @Path("years/{yearId}/current")
    public SchoolYearInfo makeCurrent(@PathParam("schoolId") long schoolId, @PathParam("yearId") long yearId) {
        return structure.makeCurrent(currentUser.required(), schoolId, yearId);
    }

    /** Today's semester of the current year (Vietnam time); 204 between semesters or without a year. */
    @GET
    @Path("semesters/current")
    public Response currentSemester(@PathParam("schoolId") long schoolId) {
        structure.school(currentUser.required(), schoolId);
        return schools.currentSemester(schoolId).map(s -> Response.ok(s).build()).orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("grades/{grade}/subjects")
    public List<SubjectInfo> subjectsOf(@PathParam("schoolId") long schoolId, @PathParam("grade") int grade) {
        structure.school(currentUser.required(), schoolId);
        return schools.subjectsOf(grade);
    }

    @GET
    @Path("classes")
    public List<ClassSetup> classes(@PathParam("schoolId") long schoolId, @QueryParam("yearId") Long yearId) {
        return structure.classes(currentUser.required(), schoolId, yearId);
    }

    @POST
    @Path("classes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createClass(@PathParam("schoolId") long schoolId, ClassInput body) {
        return created(structure.createClass(currentUser.required(), schoolId, validator.valid(body, headers)));
    }

    @PUT
    @Path("classes/{classId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClassSetup rename(@PathParam("schoolId") long schoolId, @PathParam("classId") long classId, StructureJson.Rename body) {
        return structure.renameClass(currentUser.required(), schoolId, classId, validator.valid(body, headers).name());
    }

    @DELETE
    @Path("classes/{classId}")
    public Response delete(@PathParam("schoolId") long schoolId, @PathParam("classId") long classId) {
        structure.deleteClass(currentUser.required(), schoolId, classId);
        return Response.noContent().build();
    }

    @PUT
    @Path("classes/{classId}/homeroom")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClassSetup homeroom(@PathParam("schoolId") long schoolId, @PathParam("classId") long classId, StructureJson.Homeroom body) {
        Long teacherId = validator.valid(body, headers).teacherId();
        return structure.appointHomeroomTeacher(currentUser.required(), schoolId, classId, teacherId);
    }

    @PUT
    @Path("classes/{classId}/subjects/{subject}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ClassSetup assign(@PathParam("schoolId") long schoolId, @PathParam("classId") long classId, @PathParam("subject") String subject, StructureJson.SubjectTeacher body) {
        long teacherId = validator.valid(body, headers).teacherId();
        return structure.assignSubjectTeacher(currentUser.required(), schoolId, classId, subject, teacherId);
    }

    @DELETE
    @Path("classes/{classId}/subjects/{subject}")
    public ClassSetup unassign(@PathParam("schoolId") long schoolId, @PathParam("classId") long classId, @PathParam("subject") String subject) {
        return structure.unassignSubjectTeacher(currentUser.required(), schoolId, classId, subject);
    }

    @GET
    @Path("teachers")
    public List<StaffMember> teachers(@PathParam("schoolId") long schoolId) {
        return structure.teachers(currentUser.required(), schoolId);
    }

    /** The answer holds the first password: shown this once, never stored in clear. */
    @POST
    @Path("teachers")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addTeacher(@PathParam("schoolId") long schoolId, TeacherInput body) {
        NewTeacher added = structure.addTeacher(currentUser.required(), schoolId, validator.valid(body, headers));
        return Response.status(Response.Status.CREATED).header("Cache-Control", "no-store").entity(added).build();
    }

    private static Response created(Object entity) {
        return Response.status(Response.Status.CREATED).entity(entity).build();
    }
}
