package vn.hoclieu.core.gradebook;

/** No such class, subject of the class, or column. */
public class GradebookNotFoundException extends GradebookException {

    public GradebookNotFoundException(String message) {
        super(message);
    }
}
