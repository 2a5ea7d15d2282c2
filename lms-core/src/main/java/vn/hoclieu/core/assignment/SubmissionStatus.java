package vn.hoclieu.core.assignment;

/** A pupil's work on an assignment; NEW means nothing saved yet (no row). */
public enum SubmissionStatus {
    NEW, DRAFT, SUBMITTED, GRADED, REOPENED
}
