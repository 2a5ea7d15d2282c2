package vn.hoclieu.web.classroom.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.Attendance;
import vn.hoclieu.core.classroom.ClassFileInfo;
import vn.hoclieu.core.file.FileException;
import vn.hoclieu.web.file.FileRefusals;
import vn.hoclieu.web.file.UploadedFiles;
import jakarta.servlet.http.Part;
import vn.hoclieu.core.classroom.AttendanceMark;
import vn.hoclieu.core.classroom.NotInClassException;
import vn.hoclieu.core.classroom.ScheduledSession;
import vn.hoclieu.core.classroom.SessionInput;
import vn.hoclieu.core.classroom.ClassAccessDeniedException;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.CommentInput;
import vn.hoclieu.core.classroom.CommentsClosedException;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.classroom.ClassMaterials;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's page: its announcements with their comments (its teachers post, its people comment),
 * its online sessions (its teachers schedule them and take attendance), the repository materials
 * handed out and the class's own files (its teachers upload them).
 * Anyone outside the class gets 404, as if the class did not exist.
 */
@Named
@ViewScoped
public class ClassView implements Serializable {

    @Inject
    ClassroomService classroom;

    @Inject
    SchoolService schools;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    @Inject
    ClassMaterials classMaterials;

    @Inject
    UploadedFiles uploads;

    private long id;
    private transient ClassSummary schoolClass;
    private transient List<PostedAnnouncement> announcements;

    private transient List<ScheduledSession> sessions;
    private transient List<CatalogueEntry> materials;
    private transient List<ClassFileInfo> files;
    private transient Part upload;
    private String fileTitle;
    private transient List<Map.Entry<Long, String>> pupils;

    private String title;
    private String body;
    private boolean commentsOpen = true;
    private final Map<Long, String> comments = new HashMap<>();

    private String sessionTitle;
    private LocalDateTime startsAt;
    private int duration = 45;
    private String meetingUrl;
    /** session id → pupil id → attendance name (or empty), bound to the attendance forms */
    private final Map<Long, Map<Long, String>> marks = new HashMap<>();

    public void open() {
        try {
            reload();
        } catch (ClassAccessDeniedException e) {
            ContributorPage.refuse(404);
        }
    }

    private void reload() {
        Account me = currentUser.required();
        announcements = classroom.announcements(id, me);
        sessions = classroom.sessions(id, me);
        materials = classMaterials.of(id, me);
        files = classroom.files(id, me);
        schoolClass = schools.classById(id).orElseThrow(() -> new ClassAccessDeniedException("no such class"));
        pupils = classroom.teaches(id, me) ? classroom.pupils(id, me).entrySet().stream()
                .sorted(Map.Entry.comparingByValue()).toList() : List.of();
        for (ScheduledSession s : sessions) {
            Map<Long, String> marked = marks.computeIfAbsent(s.id(), k -> new HashMap<>());
            s.attendance().forEach(m -> marked.putIfAbsent(m.pupilId(), m.status().name()));
        }
    }

    public String schedule() {
        try {
            classroom.schedule(id, currentUser.required(), new SessionInput(sessionTitle, startsAt, duration, meetingUrl));
        } catch (ConstraintViolationException | ClassAccessDeniedException e) {
            return refused(e);
        }
        messages.info("session.scheduled");
        return again();
    }

    public String saveAttendance(long sessionId) {
        List<AttendanceMark> marked = marks.getOrDefault(sessionId, Map.of()).entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new AttendanceMark(e.getKey(), Attendance.valueOf(e.getValue()))).toList();
        if (marked.isEmpty()) {
            return again();
        }
        try {
            classroom.markAttendance(sessionId, currentUser.required(), marked);
        } catch (ClassAccessDeniedException | NotInClassException e) {
            return refused(e);
        }
        messages.info("session.attendance.saved");
        return again();
    }

    /** How the signed-in pupil attended, as words; empty when not marked (or not a pupil). */
    public String myAttendance(ScheduledSession session) {
        Attendance mine = session.of(currentUser.required().id());
        return mine == null ? "" : messages.text("session.attendance." + mine.name());
    }

    public List<Attendance> getAttendanceChoices() {
        return List.of(Attendance.values());
    }

    public String unshare(long materialId) {
        try {
            classroom.unshare(id, currentUser.required(), materialId);
        } catch (ClassAccessDeniedException e) {
            return refused(e);
        }
        return again();
    }

    /** A teacher puts a class-only file on the page (checked like assignment files). */
    public String uploadFile() {
        if (upload == null || upload.getSize() == 0) {
            messages.errorAt(null, "file.empty");
            return null;
        }
        Account me = currentUser.required();
        try (InputStream in = upload.getInputStream()) {
            classroom.addFile(id, me, fileTitle, uploads.store(upload.getSubmittedFileName(), in, classroom.fileRules(id, me)));
        } catch (FileException refused) {
            messages.errorAt(null, FileRefusals.messageKey(refused), FileRefusals.arguments(refused));
            return null;
        } catch (ClassAccessDeniedException e) {
            return refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        messages.info("classFile.uploaded");
        return again();
    }

    public String removeFile(long fileId) {
        try {
            classroom.removeFile(fileId, currentUser.required());
        } catch (ClassAccessDeniedException e) {
            return refused(e);
        }
        return again();
    }

    public List<ClassFileInfo> getFiles() {
        if (files == null) {
            reload();
        }
        return files;
    }

    /** The types a class file may be, for the file picker. */
    public String getFileAccept() {
        return ".pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,.txt,.jpg,.jpeg,.png,.gif,.mp3";
    }

    public String megabytes(long bytes) {
        return FileRefusals.megabytes(bytes);
    }

    public Part getUpload() { return upload; }
    public void setUpload(Part upload) { this.upload = upload; }
    public String getFileTitle() { return fileTitle; }
    public void setFileTitle(String fileTitle) { this.fileTitle = fileTitle; }

    public List<CatalogueEntry> getMaterials() {
        if (materials == null) {
            reload();
        }
        return materials;
    }

    public List<ScheduledSession> getSessions() {
        if (sessions == null) {
            reload();
        }
        return sessions;
    }

    public List<Map.Entry<Long, String>> getPupils() {
        if (pupils == null) {
            reload();
        }
        return pupils;
    }

    public String post() {
        try {
            classroom.post(id, currentUser.required(), new AnnouncementInput(title, body, commentsOpen));
        } catch (ConstraintViolationException | ClassAccessDeniedException e) {
            return refused(e);
        }
        messages.info("classroom.posted");
        return again();
    }

    public String comment(long announcementId) {
        try {
            classroom.comment(announcementId, currentUser.required(), new CommentInput(comments.get(announcementId)));
        } catch (ConstraintViolationException | ClassAccessDeniedException | CommentsClosedException e) {
            return refused(e);
        }
        return again();
    }

    private String refused(RuntimeException e) {
        switch (e) {
            case ConstraintViolationException invalid -> invalid.getConstraintViolations()
                    .forEach(v -> messages.errorAt(null, "classroom.invalid", v.getMessage()));
            case CommentsClosedException closed -> messages.errorAt(null, "classroom.commentsClosed");
            case NotInClassException stranger -> messages.errorAt(null, "session.notInClass");
            default -> messages.errorAt(null, "api.forbidden");
        }
        return null;
    }

    /** Post, redirect, get: a reload does not post twice. */
    private String again() {
        messages.acrossRedirect();
        return "/app/class.xhtml?faces-redirect=true&id=" + id;
    }

    public boolean isTeacher() {
        return classroom.teaches(id, currentUser.required());
    }

    public ClassSummary getSchoolClass() {
        if (schoolClass == null) {
            reload();
        }
        return schoolClass;
    }

    public List<PostedAnnouncement> getAnnouncements() {
        if (announcements == null) {
            reload();
        }
        return announcements;
    }

    public String getSessionTitle() { return sessionTitle; }
    public void setSessionTitle(String sessionTitle) { this.sessionTitle = sessionTitle; }
    public LocalDateTime getStartsAt() { return startsAt; }
    public void setStartsAt(LocalDateTime startsAt) { this.startsAt = startsAt; }
    public int getDuration() { return duration; }
    public void setDuration(int duration) { this.duration = duration; }
    public String getMeetingUrl() { return meetingUrl; }
    public void setMeetingUrl(String meetingUrl) { this.meetingUrl = meetingUrl; }
    public Map<Long, Map<Long, String>> getMarks() { return marks; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getBody() { return body; }
    public void setBody(String body) { this.body = body; }
    public boolean isCommentsOpen() { return commentsOpen; }
    public void setCommentsOpen(boolean commentsOpen) { this.commentsOpen = commentsOpen; }
    public Map<Long, String> getComments() { return comments; }
}
