package vn.hoclieu.core.classroom;

import java.time.Instant;
import java.util.List;

/** An announcement as the class page shows it, with its comments in order. */
public record PostedAnnouncement(long id, long classId, String title, String body, long authorId, String authorName,
                                 Instant postedAt, boolean commentsOpen, List<PostedComment> comments) {

    public PostedAnnouncement {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** A comment as shown. */
    public record PostedComment(long id, long authorId, String authorName, String body, Instant postedAt) {
    }
}
