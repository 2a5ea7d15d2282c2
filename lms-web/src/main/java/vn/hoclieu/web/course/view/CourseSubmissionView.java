package vn.hoclieu.web.course.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.course.CourseOutline;
import vn.hoclieu.core.course.CourseService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;

import java.io.Serializable;
import java.util.List;

/**
 * The review part of app/course-edit.xhtml: the carrier material's review state, "Gửi duyệt" with
 * a note, and what the reviewers wrote about the latest version (read from the carrier's history).
 */
@Named
@ViewScoped
public class CourseSubmissionView implements Serializable {

    @Inject
    CourseEditView editor;

    @Inject
    CourseService courses;

    @Inject
    MaterialService materials;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String note;
    private transient List<ReviewerComment> comments;

    public String submit() {
        Account me = currentUser.required();
        long id = editor.getId();
        CourseOutline sent = editor.attempt(() -> courses.submit(id, me, previewUrl(id), note));
        if (sent == null) {
            return null;
        }
        messages.info("course.edit.submitted");
        messages.acrossRedirect();
        return "/app/course-edit.xhtml?faces-redirect=true&id=" + id;
    }

    /** The absolute link reviewers follow from the carrier material to the course's page. */
    private static String previewUrl(long id) {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        int port = request.getRequestServerPort();
        boolean usual = port == 80 && "http".equals(request.getRequestScheme()) || port == 443 && "https".equals(request.getRequestScheme());
        return request.getRequestScheme() + "://" + request.getRequestServerName() + (usual ? "" : ":" + port)
                + request.getRequestContextPath() + "/course.xhtml?id=" + id;
    }

    /** Only the creator sees the carrier's history; a co-author sees no comments rather than an error. */
    public List<ReviewerComment> getComments() {
        if (comments == null) {
            CourseOutline course = editor.getCourse();
            try {
                comments = course == null || course.carrierMaterialId() == null ? List.of()
                        : ReviewerComment.latest(materials.history(course.carrierMaterialId(), currentUser.viewer()));
            } catch (MaterialNotFoundException notShown) {
                comments = List.of();
            }
        }
        return comments;
    }

    /** While the carrier is with the reviewers the course cannot be sent again. */
    public boolean isSubmittable() {
        String status = editor.getCourse() == null ? null : editor.getCourse().reviewStatus();
        return status == null || MaterialStatus.valueOf(status).isEditable() || MaterialStatus.valueOf(status).allowsNewVersion();
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
