package vn.hoclieu.core.classroom.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.ClassAccessDeniedException;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.CommentInput;
import vn.hoclieu.core.classroom.CommentsClosedException;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.core.classroom.model.Announcement;
import vn.hoclieu.core.classroom.model.AnnouncementComment;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultClassroomService implements ClassroomService {

    @Inject
    ClassroomRepository classroom;

    @Inject
    AccountService accounts;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PostedAnnouncement> announcements(long classId, Account reader) {
        requireMember(classId, reader);
        List<Announcement> posted = classroom.announcementsOf(classId);
        Map<Long, List<AnnouncementComment>> comments = classroom.commentsOf(posted.stream().map(Announcement::id).toList())
                .stream().collect(Collectors.groupingBy(AnnouncementComment::announcementId));
        Set<Long> people = new HashSet<>();
        posted.forEach(a -> people.add(a.authorId()));
        comments.values().forEach(list -> list.forEach(c -> people.add(c.authorId())));
        Map<Long, String> names = accounts.displayNames(people);
        return posted.stream().map(a -> shown(a, comments.getOrDefault(a.id(), List.of()), names)).toList();
    }

    @Override
    public PostedAnnouncement post(long classId, Account teacher, AnnouncementInput input) {
        if (!teaches(classId, teacher)) {
            throw new ClassAccessDeniedException("only the class's teachers post on its page");
        }
        Announcement announcement = new Announcement(classId, teacher.id(), input.title().strip(), input.body().strip(), input.commentsOpen());
        classroom.add(announcement);
        return shown(announcement, List.of(), Map.of(teacher.id(), teacher.displayName()));
    }

    @Override
    public PostedAnnouncement comment(long announcementId, Account reader, CommentInput input) {
        Announcement announcement = classroom.announcement(announcementId)
                .orElseThrow(() -> new ClassAccessDeniedException("no such announcement"));
        requireMember(announcement.classId(), reader);
        if (!announcement.commentsOpen()) {
            throw new CommentsClosedException(announcementId);
        }
        if (reader.has(Role.SCHOOL_ADMIN) && !isPupilOrTeacher(announcement.classId(), reader)) {
            throw new ClassAccessDeniedException("admins read class pages; the class's people comment");
        }
        classroom.add(new AnnouncementComment(announcementId, reader.id(), input.body().strip()));
        return announcements(announcement.classId(), reader).stream().filter(a -> a.id() == announcementId).findFirst().orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean teaches(long classId, Account person) {
        return person.has(Role.TEACHER) && classroom.teaches(person.id(), classId);
    }

    /** Pupils and teachers of the class, and admins of its school; anyone else is refused (as if it did not exist). */
    private void requireMember(long classId, Account reader) {
        Long school = classroom.schoolOf(classId).orElseThrow(() -> new ClassAccessDeniedException("no such class"));
        boolean admin = reader.has(Role.SCHOOL_ADMIN) && Objects.equals(reader.schoolId(), school);
        if (!admin && !isPupilOrTeacher(classId, reader)) {
            throw new ClassAccessDeniedException("not a member of class " + classId);
        }
    }

    private boolean isPupilOrTeacher(long classId, Account reader) {
        return (reader.has(Role.STUDENT) && classroom.isPupilOf(reader.id(), classId)) || teaches(classId, reader);
    }

    private static PostedAnnouncement shown(Announcement a, List<AnnouncementComment> comments, Map<Long, String> names) {
        return new PostedAnnouncement(a.id(), a.classId(), a.title(), a.body(), a.authorId(), names.get(a.authorId()), a.postedAt(),
                a.commentsOpen(), comments.stream().map(c -> new PostedAnnouncement.PostedComment(c.id(), c.authorId(),
                        names.get(c.authorId()), c.body(), c.postedAt())).toList());
    }
}
