package vn.hoclieu.core.gradebook;

/** The reader may not see (or change) this gradebook. */
public class GradebookAccessDeniedException extends RuntimeException {

    public GradebookAccessDeniedException(String message) {
        super(message);
    }
}
