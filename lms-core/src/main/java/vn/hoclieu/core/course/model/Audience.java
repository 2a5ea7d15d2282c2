package vn.hoclieu.core.course.model;

/** Who a course is written for: pupils, teachers' professional development, or the public. */
public enum Audience {
    PUPILS, TEACHERS_PD, PUBLIC
}
