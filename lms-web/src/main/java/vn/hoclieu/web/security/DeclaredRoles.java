package vn.hoclieu.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hoclieu.core.account.Role;

/** The roles the container must know; the identity store's groups map to them one to one. */
@DeclareRoles({Role.STUDENT_NAME, Role.TEACHER_NAME, Role.REVIEWER_NAME, Role.SCHOOL_ADMIN_NAME,
        Role.DISTRICT_ADMIN_NAME, Role.LEARNER_NAME})
@ApplicationScoped
public class DeclaredRoles {
}
