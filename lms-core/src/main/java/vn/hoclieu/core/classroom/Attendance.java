package vn.hoclieu.core.classroom;

/** How a pupil attended an online session. */
public enum Attendance { PRESENT, LATE, ABSENT, EXCUSED }
