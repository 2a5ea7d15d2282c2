package vn.hoclieu.core.classroom;

/** The announcement's author did not open it to comments. */
public class CommentsClosedException extends RuntimeException {

    public CommentsClosedException(long announcementId) {
        super("announcement " + announcementId + " takes no comments");
    }
}
