package vn.hoclieu.web.course.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import jakarta.ws.rs.core.UriInfo;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.web.file.UploadedFiles;
import java.io.IOException;
import java.io.InputStream;
import vn.hoclieu.core.course.CourseDashboard;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseInput;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseQuery;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.core.course.EnrolledCourse;
import vn.hoclieu.core.course.ModuleInput;
import vn.hoclieu.core.course.Progress;
import vn.hoclieu.core.course.SyllabusChange;
import vn.hoclieu.core.course.UnitInput;
import vn.hoclieu.core.course.model.Audience;
import vn.hoclieu.core.course.model.CourseLevel;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.course.search.CourseSearch;
import vn.hoclieu.web.course.search.CourseSearchResults;
import vn.hoclieu.web.api.RequestValidator;
import vn.hoclieu.web.material.rest.NoteRequest;

import java.util.List;

/**
 * Open courses: the catalogue and a published course's page for anyone (no account); authoring
 * for teachers who author the course; enrolment, progress and unenrolment for signed-in people.
 */
@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
public class CourseResource {

    @Inject
    CourseService courses;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestValidator validator;

    @Inject
    UploadedFiles files;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Inject
    CourseSearch search;

    @GET
    public CourseSearchResults catalogue(@QueryParam("q") String text, @QueryParam("subject") String subject, @QueryParam("level") String level,
                                @QueryParam("audience") String audience, @QueryParam("page") @DefaultValue("0") int page,
                                @QueryParam("size") @DefaultValue("20") int size) {
        return search.find(new CourseQuery(text, subject, named(CourseLevel.class, level, "unknown_level"),
                named(Audience.class, audience, "unknown_audience"), page, size));
    }

    @GET
    @Path("/{id}")
    public CourseOutline course(@PathParam("id") long id) {
        return courses.outline(id, currentUser.account());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public Response create(CourseInput body) {
        return Response.status(Response.Status.CREATED).entity(courses.create(currentUser.required(), validator.valid(body, headers))).build();
    }

    @GET
    @Path("/authored")
    @RolesAllowed(Role.TEACHER_NAME)
    public List<CourseOutline> authored() {
        return courses.authored(currentUser.required());
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline describe(@PathParam("id") long id, CourseInput body) {
        return courses.describe(id, currentUser.required(), validator.valid(body, headers));
    }

    @POST
    @Path("/{id}/modules")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public Response addModule(@PathParam("id") long id, ModuleInput body) {
        return Response.status(Response.Status.CREATED).entity(courses.addModule(id, currentUser.required(), validator.valid(body, headers))).build();
    }

    @POST
    @Path("/{id}/modules/{moduleId}/units")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public Response addUnit(@PathParam("id") long id, @PathParam("moduleId") long moduleId, UnitInput body) {
        return Response.status(Response.Status.CREATED)
                .entity(courses.addUnit(id, moduleId, currentUser.required(), validator.valid(body, headers))).build();
    }

    @PUT
    @Path("/{id}/modules/{moduleId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline renameModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId, ModuleInput body) {
        return changeSyllabus(id, new SyllabusChange.RenameModule(moduleId, validator.valid(body, headers)));
    }

    @DELETE
    @Path("/{id}/modules/{moduleId}")
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline removeModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId) {
        return changeSyllabus(id, new SyllabusChange.RemoveModule(moduleId));
    }

    /** Moves a module one place {@code up} or {@code down}. */
    @POST
    @Path("/{id}/modules/{moduleId}/move/{direction}")
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline moveModule(@PathParam("id") long id, @PathParam("moduleId") long moduleId, @PathParam("direction") String direction) {
        return changeSyllabus(id, new SyllabusChange.MoveModule(moduleId, up(direction)));
    }

    @DELETE
    @Path("/{id}/units/{unitId}")
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline removeUnit(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return changeSyllabus(id, new SyllabusChange.RemoveUnit(unitId));
    }

    /** Moves a unit one place {@code up} or {@code down} within its module. */
    @POST
    @Path("/{id}/units/{unitId}/move/{direction}")
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline moveUnit(@PathParam("id") long id, @PathParam("unitId") long unitId, @PathParam("direction") String direction) {
        return changeSyllabus(id, new SyllabusChange.MoveUnit(unitId, up(direction)));
    }

    private CourseOutline changeSyllabus(long id, SyllabusChange change) {
        return courses.changeSyllabus(id, currentUser.required(), change);
    }

    private static boolean up(String direction) {
        return switch (direction) {
            case "up" -> true;
            case "down" -> false;
            default -> throw CourseException.invalid("unknown_direction");
        };
    }

    /** "Gửi duyệt": reviewers follow the carrier's link to this course's public page (they see it before it is published). */
    @POST
    @Path("/{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline submit(@PathParam("id") long id, NoteRequest body) {
        NoteRequest note = body == null ? new NoteRequest(null) : validator.valid(body, headers);
        String preview = uri.getBaseUriBuilder().replacePath(uri.getBaseUri().getPath().replaceFirst("api/v1/?$", ""))
                .path("course.xhtml").queryParam("id", id).build().toString();
        return courses.submit(id, currentUser.required(), preview, note.note());
    }

    /** The cover picture: the image is the body, {@code name} its file name (JPEG or PNG, at most 1 MiB). */
    @PUT
    @Path("/{id}/cover")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseOutline cover(@PathParam("id") long id, @QueryParam("name") String name, InputStream body) throws IOException {
        Account author = currentUser.required();
        return courses.cover(id, author, files.store(name, body, courses.coverRules(id, author)));
    }

    @GET
    @Path("/{id}/cover")
    @Produces(MediaType.WILDCARD)
    public Response coverImage(@PathParam("id") long id) throws IOException {
        StoredFile cover = courses.cover(id, currentUser.account()).orElseThrow(() -> CourseException.notFound());
        return files.download(cover.blobId(), cover.contentType(), cover.size(), cover.name());
    }

    @GET
    @Path("/{id}/dashboard")
    @RolesAllowed(Role.TEACHER_NAME)
    public CourseDashboard dashboard(@PathParam("id") long id) {
        return courses.dashboard(id, currentUser.required());
    }

    @GET
    @Path("/enrolled")
    @RolesAllowed("**")
    public List<EnrolledCourse> enrolled() {
        return courses.enrolments(currentUser.required());
    }

    @POST
    @Path("/{id}/enrolment")
    @RolesAllowed("**")
    public Response enrol(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED).entity(courses.enrol(id, currentUser.required())).build();
    }

    @DELETE
    @Path("/{id}/enrolment")
    @RolesAllowed("**")
    public Response unenrol(@PathParam("id") long id) {
        courses.unenrol(id, currentUser.required());
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/progress")
    @RolesAllowed("**")
    public Progress progress(@PathParam("id") long id) {
        return courses.progress(id, currentUser.required());
    }

    @POST
    @Path("/{id}/units/{unitId}/view")
    @RolesAllowed("**")
    public Progress view(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return courses.view(id, unitId, currentUser.required());
    }

    @POST
    @Path("/{id}/units/{unitId}/completion")
    @RolesAllowed("**")
    public Progress complete(@PathParam("id") long id, @PathParam("unitId") long unitId) {
        return courses.complete(id, unitId, currentUser.required());
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String code) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            throw CourseException.invalid(code);
        }
    }
}
