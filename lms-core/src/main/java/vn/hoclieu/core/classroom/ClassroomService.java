package vn.hoclieu.core.classroom;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;

import java.util.List;

/**
 * A class's page: announcements its teachers post and its pupils read and comment on. Who may do
 * what: the class's pupils read and comment; its homeroom and subject teachers also post; admins
 * of its school read. Anyone else gets {@link ClassAccessDeniedException}. The transaction boundary.
 */
public interface ClassroomService {

    /** Newest first, each with its comments. */
    List<PostedAnnouncement> announcements(long classId, Account reader);

    PostedAnnouncement post(long classId, Account teacher, @Valid AnnouncementInput announcement);

    /** @throws CommentsClosedException when the announcement takes no comments */
    PostedAnnouncement comment(long announcementId, Account reader, @Valid CommentInput comment);

    /** Whether this person may post on the class's page (its teachers). */
    boolean teaches(long classId, Account person);
}
