package vn.hoclieu.core.gradebook;

/** The reader may not see (or change) this gradebook. */
public class GradebookAccessDeniedException extends GradebookException {

    public GradebookAccessDeniedException(String message) {
        super(message);
    }
}
