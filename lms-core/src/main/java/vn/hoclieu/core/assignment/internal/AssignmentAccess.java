package vn.hoclieu.core.assignment.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.assignment.AssignmentAccessDeniedException;
import vn.hoclieu.core.assignment.AssignmentAudience;
import vn.hoclieu.core.assignment.AssignmentNotFoundException;
import vn.hoclieu.core.assignment.model.Assignment;
import vn.hoclieu.core.school.SchoolService;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Who someone is to an assignment: for a class, its teacher (homeroom or subject), its pupil, an
 * admin of its school; for an open course, its author (as a teacher) or its enrolled learner (as a
 * pupil), asked of {@link AssignmentAudience} — or nobody.
 */
@ApplicationScoped
public class AssignmentAccess {

    /** How a reader relates to the class or the course. */
    public enum Standing { TEACHER, PUPIL, ADMIN }

    @Inject
    AssignmentRepository repository;

    @Inject
    SchoolService schools;

    @Inject
    Instance<AssignmentAudience> courses;

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

    public Standing standing(Assignment assignment, Account reader) {
        if (!assignment.inCourse()) {
            return standing(assignment.classId(), reader);
        }
        return courseStanding(assignment.courseId(), reader);
    }

    /** An open course's authors set its work; its enrolled learners hand it in. */
    public Standing courseStanding(long courseId, Account reader) {
        if (courses.isResolvable() && courses.get().authors(courseId, reader)) {
            return Standing.TEACHER;
        }
        if (courses.isResolvable() && courses.get().takes(courseId, reader)) {
            return Standing.PUPIL;
        }
        throw new AssignmentAccessDeniedException("neither an author nor a learner of course " + courseId);
    }

    /** Who hands in: the class's pupils or the course's enrolled learners. */
    public List<Long> pupilsOf(Assignment assignment) {
        if (!assignment.inCourse()) {
            return repository.pupilIdsOf(assignment.classId());
        }
        return courses.isResolvable() ? courses.get().learners(assignment.courseId()) : List.of();
    }

    /** The assignment as the reader may see it: pupils only once it has opened. */
    public Standing reading(Assignment assignment, Account reader, Instant now) {
        Standing standing = standing(assignment, reader);
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

    public void requireTeacher(Assignment assignment, Account person) {
        if (standing(assignment, person) != Standing.TEACHER) {
            throw new AssignmentAccessDeniedException("only the class's teachers or the course's authors do this");
        }
    }

    public void requireTeacherOrAdmin(Assignment assignment, Account person) {
        if (standing(assignment, person) == Standing.PUPIL) {
            throw new AssignmentAccessDeniedException("pupils see only their own work");
        }
    }

    public void requirePupil(Assignment assignment, Account person, Instant now) {
        if (reading(assignment, person, now) != Standing.PUPIL) {
            throw new AssignmentAccessDeniedException("only the class's pupils hand in work");
        }
    }
}
