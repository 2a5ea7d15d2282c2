package vn.hoclieu.core.course;

import vn.hoclieu.core.course.model.EnrolmentStatus;
import vn.hoclieu.core.course.model.UnitState;

import java.time.Instant;
import java.util.Map;

/** A learner's progress in a course: per unit (unit id → state; absent: not reached) and as a percentage of units done. */
public record Progress(long courseId, long enrolmentId, EnrolmentStatus status, int percent, Long lastUnitId, Instant completedAt,
                       Map<Long, UnitState> units) {
}
