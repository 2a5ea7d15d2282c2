package vn.hoclieu.core.course.model;

/** A learner's place in a course; WITHDRAWN keeps the progress for a later return. */
public enum EnrolmentStatus {
    ACTIVE, COMPLETED, WITHDRAWN
}
