package vn.hoclieu.core.assignment;

/** Base of the assignment feature's refusals, so the web layer maps them in one place. */
public abstract class AssignmentException extends RuntimeException {

    protected AssignmentException(String message) {
        super(message);
    }
}
