package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.SyllabusChange;
import vn.hoclieu.core.course.model.CourseModule;
import vn.hoclieu.core.course.model.CourseUnit;

import java.util.List;

/**
 * Renames, removes and reorders the parts of a course's syllabus. Positions are unique per course
 * (modules) and per module (units), so every change of place is written before the next one, and
 * a swap passes through place 0, which no part ever keeps.
 */
@ApplicationScoped
class CourseSyllabus {

    @Inject
    CourseRepository courses;

    /** The module or unit named by the change must be of this course (otherwise not found). */
    void apply(long courseId, SyllabusChange change) {
        switch (change) {
            case SyllabusChange.RenameModule c -> module(courseId, c.moduleId()).rename(c.module().title().strip());
            case SyllabusChange.RemoveModule c -> remove(module(courseId, c.moduleId()));
            case SyllabusChange.MoveModule c -> move(module(courseId, c.moduleId()), c.up());
            case SyllabusChange.RemoveUnit c -> remove(unit(courseId, c.unitId()));
            case SyllabusChange.MoveUnit c -> move(unit(courseId, c.unitId()), c.up());
        }
    }

    private CourseModule module(long courseId, long moduleId) {
        return courses.module(moduleId).filter(m -> m.courseId() == courseId).orElseThrow(CourseException::notFound);
    }

    private CourseUnit unit(long courseId, long unitId) {
        return courses.units(courseId).stream().filter(u -> u.id() == unitId).findFirst().orElseThrow(CourseException::notFound);
    }

    /** The module and its units go; the modules after it move up one place. */
    private void remove(CourseModule module) {
        courses.units(module.courseId()).stream().filter(u -> u.moduleId() == module.id()).forEach(courses::remove);
        List<CourseModule> after = courses.modules(module.courseId()).stream().filter(m -> m.position() > module.position()).toList();
        courses.remove(module);
        after.forEach(m -> place(m, m.position() - 1));
    }

    /** The unit goes; the units after it in its module move up one place. */
    private void remove(CourseUnit unit) {
        List<CourseUnit> after = siblings(unit).stream().filter(u -> u.position() > unit.position()).toList();
        courses.remove(unit);
        after.forEach(u -> place(u, u.position() - 1));
    }

    /** Swaps the unit with its neighbour above ({@code up}) or below in its module; at an end nothing moves. */
    private void move(CourseUnit unit, boolean up) {
        int target = unit.position() + (up ? -1 : 1);
        siblings(unit).stream().filter(u -> u.position() == target).findFirst().ifPresent(neighbour -> {
            int from = unit.position();
            place(unit, 0);
            place(neighbour, from);
            place(unit, target);
        });
    }

    /** Swaps the module with its neighbour above ({@code up}) or below; at an end nothing moves. */
    private void move(CourseModule module, boolean up) {
        int target = module.position() + (up ? -1 : 1);
        courses.modules(module.courseId()).stream().filter(m -> m.position() == target).findFirst().ifPresent(neighbour -> {
            int from = module.position();
            place(module, 0);
            place(neighbour, from);
            place(module, target);
        });
    }

    private List<CourseUnit> siblings(CourseUnit unit) {
        return courses.units(unit.courseId()).stream().filter(u -> u.moduleId() == unit.moduleId()).toList();
    }

    private void place(CourseUnit unit, int position) {
        unit.placeAt(position);
        courses.flush();
    }

    private void place(CourseModule module, int position) {
        module.placeAt(position);
        courses.flush();
    }
}
