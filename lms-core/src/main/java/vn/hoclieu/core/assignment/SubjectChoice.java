package vn.hoclieu.core.assignment;

/** A subject an assignment may be set in. */
public record SubjectChoice(long id, String code, String name) {
}
