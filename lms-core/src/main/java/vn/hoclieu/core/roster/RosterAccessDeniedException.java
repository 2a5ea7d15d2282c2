package vn.hoclieu.core.roster;

/** The caller may not manage this school's roster or this pupil's account. */
public class RosterAccessDeniedException extends RuntimeException {

    public RosterAccessDeniedException(String message) {
        super(message);
    }
}
