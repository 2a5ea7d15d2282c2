package vn.hoclieu.core.course.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.course.CourseCompleted;
import vn.hoclieu.core.course.Progress;
import vn.hoclieu.core.course.model.CompletionRule;
import vn.hoclieu.core.course.model.CourseEnrolment;
import vn.hoclieu.core.course.model.CourseUnit;
import vn.hoclieu.core.course.model.OpenCourse;
import vn.hoclieu.core.course.model.UnitState;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A learner's progress: states only rise (viewed → completed/passed), the last unit opened is
 * where the player resumes, and the enrolment completes — once, firing {@link CourseCompleted} in
 * the same transaction — when the author's rule is met.
 */
@ApplicationScoped
class LearnerProgress {

    @Inject
    CourseRepository courses;

    @Inject
    Event<CourseCompleted> completed;

    Progress enrol(OpenCourse course, Account learner) {
        CourseEnrolment enrolment = courses.enrolment(course.id(), learner.id()).orElse(null);
        if (enrolment == null) {
            enrolment = new CourseEnrolment(course.id(), learner.id(), Instant.now());
            courses.add(enrolment);
        } else {
            enrolment.rejoin();
            courses.record(enrolment);
        }
        return of(enrolment);
    }

    Progress reach(CourseEnrolment enrolment, CourseUnit unit, UnitState reached) {
        Instant now = Instant.now();
        Map<Long, UnitState> states = courses.states(enrolment.id());
        UnitState raised = CompletionRule.raise(states.get(unit.id()), reached);
        if (raised != states.get(unit.id())) {
            courses.state(enrolment.id(), unit.id(), raised, now);
            states.put(unit.id(), raised);
        }
        if (reached == UnitState.VIEWED) {
            enrolment.reached(unit.id());
        }
        completeIfDone(enrolment, states, now);
        courses.record(enrolment);
        return of(enrolment, states);
    }

    /** Fires the event the first time every unit is done. */
    private void completeIfDone(CourseEnrolment enrolment, Map<Long, UnitState> states, Instant now) {
        List<CompletionRule.Unit> units = courses.units(enrolment.courseId()).stream().map(CourseUnit::asRuleUnit).toList();
        if (CompletionRule.complete(units, states) && enrolment.complete(now)) {
            OpenCourse course = courses.course(enrolment.courseId()).orElseThrow();
            completed.fire(new CourseCompleted(enrolment.id(), course.id(), enrolment.learnerId(), course.title(), course.estimatedHours(), now));
        }
    }

    Progress of(CourseEnrolment enrolment) {
        return of(enrolment, courses.states(enrolment.id()));
    }

    private Progress of(CourseEnrolment e, Map<Long, UnitState> states) {
        List<CompletionRule.Unit> units = courses.units(e.courseId()).stream().map(CourseUnit::asRuleUnit).toList();
        return new Progress(e.courseId(), e.id(), e.status(), CompletionRule.percent(units, states), e.lastUnitId(), e.completedAt(), Map.copyOf(states));
    }
}
