package vn.hoclieu.core.roster;

/** No pupil (an account with the STUDENT role) has this id. */
public class PupilNotFoundException extends RuntimeException {

    public PupilNotFoundException(long id) {
        super("no pupil " + id);
    }
}
