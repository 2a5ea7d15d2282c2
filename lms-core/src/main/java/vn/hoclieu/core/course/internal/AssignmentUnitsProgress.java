package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoclieu.core.assignment.WorkGraded;
import vn.hoclieu.core.assignment.WorkHandedIn;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitState;

/**
 * A course assignment's unit follows the learner's work: handed in, it is COMPLETED (not yet done);
 * graded at or above the course's threshold, PASSED — which may complete the course and issue its
 * certificate, in the grading transaction. A lower grade leaves it as it was (the author may reopen the work).
 */
@ApplicationScoped
class AssignmentUnitsProgress {

    @Inject
    CourseRepository courses;

    @Inject
    LearnerProgress progress;

    void handedIn(@Observes WorkHandedIn work) {
        reach(work.assignmentId(), work.learnerId(), UnitState.COMPLETED);
    }

    void graded(@Observes WorkGraded work) {
        CourseUnit unit = courses.unitByAssignment(work.assignmentId()).orElse(null);
        if (unit != null && courses.course(unit.courseId()).map(OpenCourse::completionRule).orElseThrow().passes(work.gradeOnTen())) {
            reach(work.assignmentId(), work.learnerId(), UnitState.PASSED);
        }
    }

    private void reach(long assignmentId, long learnerId, UnitState state) {
        courses.unitByAssignment(assignmentId).ifPresent(unit -> courses.enrolment(unit.courseId(), learnerId)
                .filter(CourseEnrolment::active).ifPresent(e -> progress.reach(e, unit, state)));
    }
}
