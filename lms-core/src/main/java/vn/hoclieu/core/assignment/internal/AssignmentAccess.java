package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.school.SchoolService;

import java.time.Instant;
import java.util.Objects;

/** Who someone is to a class: its teacher (homeroom or subject), its pupil, an admin of its school — or nobody. */
@ApplicationScoped
public class AssignmentAccess {

    /** How a reader relates to the class. */
    public enum Standing { TEACHER, PUPIL, ADMIN }

    @Inject
    AssignmentRepository repository;

    @Inject
    SchoolService schools;

    public Standing standing(long classId, Account reader) {
        if (reader.has(Role.TEACHER) && schools.teaches(reader.id(), classId)) {
            return Standing.TEACHER;
        }
        if (reader.has(Role.STUDENT) && repository.isPupilOf(reader.id(), classId)) {
            return Standing.PUPIL;
        }
        Long school = repository.schoolOf(classId).orElseThrow(() -> new AssignmentNotFoundException("no class " + classId));
        if (reader.has(Role.SCHOOL_ADMIN) && Objects.equals(reader.schoolId(), school)) {
            return Standing.ADMIN;
        }
        throw new AssignmentAccessDeniedException("not a member of class " + classId);
    }

    /** The assignment as the reader may see it: pupils only once it has opened. */
    public Standing reading(Assignment assignment, Account reader, Instant now) {
        Standing standing = standing(assignment.classId(), reader);
        if (standing == Standing.PUPIL && !assignment.window().isOpen(now)) {
            throw new AssignmentNotFoundException("not open yet");
        }
        return standing;
    }

    public void requireTeacher(long classId, Account person) {
        if (standing(classId, person) != Standing.TEACHER) {
            throw new AssignmentAccessDeniedException("only the class's teachers do this");
        }
    }

    public void requireTeacherOrAdmin(long classId, Account person) {
        if (standing(classId, person) == Standing.PUPIL) {
            throw new AssignmentAccessDeniedException("pupils see only their own work");
        }
    }

    public void requirePupil(Assignment assignment, Account person, Instant now) {
        if (reading(assignment, person, now) != Standing.PUPIL) {
            throw new AssignmentAccessDeniedException("only the class's pupils hand in work");
        }
    }
}
