package vn.hoclieu.web.school.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/** Classes of the current school year as staff see them: a teacher's own, or a whole school's for its admin. */
@Path("/classes")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEACHER_NAME, Role.SCHOOL_ADMIN_NAME})
public class ClassResource {

    @Inject
    CurrentUser currentUser;

    @Inject
    SchoolService schools;

    @GET
    public List<ClassSummary> mine() {
        Account me = currentUser.required();
        if (me.has(Role.SCHOOL_ADMIN) && me.schoolId() != null) {
            return schools.classesOf(me.schoolId());
        }
        return schools.classesTaughtBy(me.id());
    }
}
