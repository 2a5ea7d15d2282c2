package vn.hoclieu.core.course;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * One change to a course's syllabus after its parts exist: every one is refused the same way once
 * the course is under review or in the catalogue (see {@link CourseService#changeSyllabus}).
 */
public sealed interface SyllabusChange {

    record RenameModule(long moduleId, @NotNull @Valid ModuleInput module) implements SyllabusChange {
    }

    /** The module goes with its units; the modules after it move up. */
    record RemoveModule(long moduleId) implements SyllabusChange {
    }

    /** One place up or down (at an end, nothing moves). */
    record MoveModule(long moduleId, boolean up) implements SyllabusChange {
    }

    /** The units after it in its module move up. */
    record RemoveUnit(long unitId) implements SyllabusChange {
    }

    /** One place up or down within its module (at an end, nothing moves). */
    record MoveUnit(long unitId, boolean up) implements SyllabusChange {
    }
}
