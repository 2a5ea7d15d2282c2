package vn.hoclieu.core.assignment;

/** The caller is not someone of the class who may do this. */
public class AssignmentAccessDeniedException extends AssignmentException {

    public AssignmentAccessDeniedException(String message) {
        super(message);
    }
}
