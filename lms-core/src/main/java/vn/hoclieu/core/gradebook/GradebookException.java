package vn.hoclieu.core.gradebook;

/** Every refusal of the gradebook; the web tier answers each kind with its own status. */
public abstract class GradebookException extends RuntimeException {

    protected GradebookException(String message) {
        super(message);
    }
}
