package vn.hoclieu.core.classroom;

/** The caller is not a pupil, teacher or admin of the class (or may not do this there). */
public class ClassAccessDeniedException extends RuntimeException {

    public ClassAccessDeniedException(String message) {
        super(message);
    }
}
