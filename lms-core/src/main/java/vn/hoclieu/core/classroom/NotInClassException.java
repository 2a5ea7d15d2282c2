package vn.hoclieu.core.classroom;

/** Attendance was marked for someone who is not a pupil of the session's class. */
public class NotInClassException extends RuntimeException {

    public NotInClassException(long pupilId) {
        super("account " + pupilId + " is not a pupil of this class");
    }
}
