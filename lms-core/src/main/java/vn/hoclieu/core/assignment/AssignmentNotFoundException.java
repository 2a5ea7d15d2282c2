package vn.hoclieu.core.assignment;

/** No such assignment, submission or file — or not one the caller may know of (a pupil before it opens). */
public class AssignmentNotFoundException extends AssignmentException {

    public AssignmentNotFoundException(String what) {
        super(what);
    }
}
