package vn.hoclieu.core.classroom.internal;

import vn.hoclieu.core.VietnamTime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.AttendanceMark;
import vn.hoclieu.core.classroom.ClassFileInfo;
import vn.hoclieu.core.classroom.NotInClassException;
import vn.hoclieu.core.classroom.ScheduledSession;
import vn.hoclieu.core.classroom.SessionInput;
import vn.hoclieu.core.classroom.ClassAccessDeniedException;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.CommentInput;
import vn.hoclieu.core.classroom.CommentsClosedException;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.core.classroom.model.Announcement;
import vn.hoclieu.core.classroom.model.ClassFile;
import vn.hoclieu.core.file.FileRules;
import vn.hoclieu.core.file.StoredFile;
import vn.hoclieu.core.classroom.model.AnnouncementComment;
import vn.hoclieu.core.classroom.model.OnlineSession;
import vn.hoclieu.core.classroom.model.SessionAttendance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
@Transactional
public class DefaultClassroomService implements ClassroomService {

    /** Teachers type times in Vietnam time; instants are stored. */
    static final ZoneId VIETNAM = VietnamTime.ZONE;

    @Inject
    ClassroomRepository classroom;

    @Inject
    AccountService accounts;

    @Inject
    SchoolService schools;

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
    public List<ScheduledSession> sessions(long classId, Account reader) {
        requireMember(classId, reader);
        List<OnlineSession> sessions = classroom.sessionsOf(classId);
        boolean seesEveryone = !reader.has(Role.STUDENT) || teaches(classId, reader);
        Map<Long, List<AttendanceMark>> marks = new HashMap<>();
        for (SessionAttendance a : classroom.attendanceOf(sessions.stream().map(OnlineSession::id).toList())) {
            if (seesEveryone || a.pupilId() == reader.id()) {
                marks.computeIfAbsent(a.sessionId(), k -> new java.util.ArrayList<>()).add(new AttendanceMark(a.pupilId(), a.status()));
            }
        }
        Map<Long, String> names = accounts.displayNames(sessions.stream().map(OnlineSession::teacherId).collect(Collectors.toSet()));
        return sessions.stream().map(s -> shown(s, names.get(s.teacherId()), marks.getOrDefault(s.id(), List.of()))).toList();
    }

    @Override
    public ScheduledSession schedule(long classId, Account teacher, SessionInput input) {
        if (!teaches(classId, teacher)) {
            throw new ClassAccessDeniedException("only the class's teachers schedule its sessions");
        }
        OnlineSession session = new OnlineSession(classId, teacher.id(), input.title().strip(),
                input.startsAt().atZone(VIETNAM).toInstant(), input.durationMinutes(), input.meetingUrl().strip());
        classroom.add(session);
        return shown(session, teacher.displayName(), List.of());
    }

    @Override
    public ScheduledSession markAttendance(long sessionId, Account teacher, List<AttendanceMark> marks) {
        OnlineSession session = classroom.session(sessionId).orElseThrow(() -> new ClassAccessDeniedException("no such session"));
        if (!teaches(session.classId(), teacher)) {
            throw new ClassAccessDeniedException("only the class's teachers take attendance");
        }
        Set<Long> pupils = new HashSet<>(classroom.pupilIdsOf(session.classId()));
        marks.stream().map(AttendanceMark::pupilId).filter(p -> !pupils.contains(p)).findFirst().ifPresent(p -> {
            throw new NotInClassException(p);
        });
        marks.stream().filter(m -> m.status() != null)
                .forEach(m -> classroom.attendance(sessionId, m.pupilId()).mark(m.status(), teacher.id()));
        return sessions(session.classId(), teacher).stream().filter(s -> s.id() == sessionId).findFirst().orElseThrow();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, String> pupils(long classId, Account reader) {
        requireMember(classId, reader);
        if (reader.has(Role.STUDENT) && !teaches(classId, reader)) {
            throw new ClassAccessDeniedException("pupils do not list their classmates here");
        }
        return accounts.displayNames(classroom.pupilIdsOf(classId));
    }

    private static ScheduledSession shown(OnlineSession s, String teacherName, List<AttendanceMark> marks) {
        return new ScheduledSession(s.id(), s.classId(), s.title(), s.startsAt(), s.durationMinutes(), s.meetingUrl(), teacherName, marks);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> materialIds(long classId, Account reader) {
        requireMember(classId, reader);
        return classroom.materialIdsOf(classId);
    }

    @Override
    public void share(long classId, Account teacher, long materialId) {
        requireTeacher(classId, teacher);
        classroom.addMaterial(classId, materialId, teacher.id());
    }

    @Override
    public void unshare(long classId, Account teacher, long materialId) {
        requireTeacher(classId, teacher);
        classroom.removeMaterial(classId, materialId);
    }

    /** Class files are what teachers hand round on paper: documents, sheets, slides, pictures, recordings. */
    static final FileRules CLASS_FILES = new FileRules(50L << 20, List.of("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
            "odt", "ods", "odp", "txt", "jpg", "jpeg", "png", "gif", "mp3"));

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ClassFileInfo> files(long classId, Account reader) {
        requireMember(classId, reader);
        List<ClassFile> files = classroom.filesOf(classId);
        Map<Long, String> names = accounts.displayNames(files.stream().map(ClassFile::uploadedBy).collect(Collectors.toSet()));
        return files.stream().map(f -> shown(f, names)).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public FileRules fileRules(long classId, Account teacher) {
        requireTeacher(classId, teacher);
        return CLASS_FILES;
    }

    @Override
    public ClassFileInfo addFile(long classId, Account teacher, String title, StoredFile file) {
        requireTeacher(classId, teacher);
        String shownTitle = title == null || title.isBlank() ? file.name() : title.strip();
        ClassFile added = new ClassFile(classId, shownTitle.substring(0, Math.min(200, shownTitle.length())), file, teacher.id(), Instant.now());
        classroom.add(added);
        return shown(added, Map.of(teacher.id(), teacher.displayName()));
    }

    @Override
    public void removeFile(long fileId, Account teacher) {
        ClassFile file = classroom.file(fileId).orElseThrow(() -> new ClassAccessDeniedException("no such file"));
        requireTeacher(file.classId(), teacher);
        classroom.remove(file);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ClassFileInfo file(long fileId, Account reader) {
        ClassFile file = classroom.file(fileId).orElseThrow(() -> new ClassAccessDeniedException("no such file"));
        requireMember(file.classId(), reader);
        return shown(file, accounts.displayNames(Set.of(file.uploadedBy())));
    }

    private static ClassFileInfo shown(ClassFile f, Map<Long, String> names) {
        return new ClassFileInfo(f.id(), f.classId(), f.title(), f.name(), f.contentType(), f.size(), f.uploadedAt(),
                names.getOrDefault(f.uploadedBy(), ""), f.blobId());
    }

    private void requireTeacher(long classId, Account teacher) {
        if (!teaches(classId, teacher)) {
            throw new ClassAccessDeniedException("only the class's teachers hand out materials");
        }
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean teaches(long classId, Account person) {
        return person.has(Role.TEACHER) && schools.teaches(person.id(), classId);
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
