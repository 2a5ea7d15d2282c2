package vn.hoclieu.core.gradebook;

/** A subject taught in a class, as the class page links to its gradebook. */
public record SubjectEntry(long subjectId, String code, String name) {
}
