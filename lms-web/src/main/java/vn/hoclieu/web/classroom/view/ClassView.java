package vn.hoclieu.web.classroom.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import vn.hoclieu.core.classroom.AnnouncementInput;
import vn.hoclieu.core.classroom.ClassAccessDeniedException;
import vn.hoclieu.core.classroom.ClassroomService;
import vn.hoclieu.core.classroom.CommentInput;
import vn.hoclieu.core.classroom.CommentsClosedException;
import vn.hoclieu.core.classroom.PostedAnnouncement;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A class's page: its announcements with their comments; its teachers post, its people comment.
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

    private long id;
    private transient ClassSummary schoolClass;
    private transient List<PostedAnnouncement> announcements;

    private String title;
    private String body;
    private boolean commentsOpen = true;
    private final Map<Long, String> comments = new HashMap<>();

    public void open() {
        try {
            reload();
        } catch (ClassAccessDeniedException e) {
            ContributorPage.refuse(404);
        }
    }

    private void reload() {
        announcements = classroom.announcements(id, currentUser.required());
        schoolClass = schools.classById(id).orElseThrow(() -> new ClassAccessDeniedException("no such class"));
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
