package vn.hoclieu.core.classroom;

import jakarta.validation.Valid;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.StoredFile;

import java.util.List;
import java.util.Map;

/**
 * A class's page: announcements its teachers post and its pupils read and comment on, online
 * sessions its teachers schedule and take attendance of, repository materials handed out and the
 * class's own files. Who may do
 * what: the class's pupils read and comment; its homeroom and subject teachers also post; admins
 * of its school read. Anyone else gets {@link ClassAccessDeniedException}. The transaction boundary.
 */
public interface ClassroomService {

    /** Newest first, each with its comments. */
    List<PostedAnnouncement> announcements(long classId, Account reader);

    PostedAnnouncement post(long classId, Account teacher, @Valid AnnouncementInput announcement);

    /** @throws CommentsClosedException when the announcement takes no comments */
    PostedAnnouncement comment(long announcementId, Account reader, @Valid CommentInput comment);

    /** Online sessions, latest start first; attendance as {@link ScheduledSession#attendance} says. */
    List<ScheduledSession> sessions(long classId, Account reader);

    ScheduledSession schedule(long classId, Account teacher, @Valid SessionInput session);

    /**
     * The class's teachers mark how pupils attended (others keep their marks).
     *
     * @throws NotInClassException for someone who is not a pupil of the class
     */
    ScheduledSession markAttendance(long sessionId, Account teacher, List<AttendanceMark> marks);

    /** The class's pupils by name (its teachers and school admins; for the attendance list). */
    Map<Long, String> pupils(long classId, Account reader);

    /** Ids of the repository materials handed out to the class, newest first (its people; callers show the public ones). */
    List<Long> materialIds(long classId, Account reader);

    /** A teacher of the class hands out a material (the caller checked it is published); again is harmless. */
    void share(long classId, Account teacher, long materialId);

    /** A teacher of the class takes a material off its page. */
    void unshare(long classId, Account teacher, long materialId);

    /** The class's own files, newest first (its people). */
    List<ClassFileInfo> files(long classId, Account reader);

    /** What a class file may be (its teachers; checked while the file streams into the store). */
    FileRules fileRules(long classId, Account teacher);

    /** A teacher of the class records a file the web layer checked and stored; a blank title takes the file's name. */
    ClassFileInfo addFile(long classId, Account teacher, String title, StoredFile file);

    /** A teacher of the class takes a file off its page. */
    void removeFile(long fileId, Account teacher);

    /** One class file, for its download (the class's people). */
    ClassFileInfo file(long fileId, Account reader);

    /** Whether this person may post on the class's page (its teachers). */
    boolean teaches(long classId, Account person);
}
