package vn.hoclieu.web.quiz.view;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.core.quiz.QuestionBankService;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.course.view.ReviewerComment;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.quiz.SetReviewerComments;

import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sharing part of app/question-bank.xhtml for the selected category: its review status,
 * "Gửi duyệt để chia sẻ" with a note, "Rút lại" with a reason, and what reviewers wrote.
 */
@Named
@ViewScoped
public class QuestionSetSharingView implements Serializable {

    @Inject
    QuestionBankView bankView;

    @Inject
    QuestionBankService bank;

    @Inject
    SetReviewerComments reviewerComments;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private String note;
    private String reason;
    private transient BankCategory set;
    private transient List<ReviewerComment> comments;

    /** The selected category with its sharing, if the teacher owns it (null otherwise: nothing to show). */
    public BankCategory getSet() {
        if (set == null && bankView.getSelected() != null && bankView.getSelected().ownerId() == currentUser.required().id()) {
            set = bankView.getSelected();
        }
        return set;
    }

    public List<ReviewerComment> getComments() {
        if (comments == null) {
            comments = getSet() == null ? List.of() : reviewerComments.of(getSet());
        }
        return comments;
    }

    /** Never sent, sent back, or its review over (a new version), or withdrawn (a new carrier). */
    public boolean isSubmittable() {
        MaterialStatus status = status();
        return getSet() != null && (status == null || status.isEditable() || status.allowsNewVersion() || status == MaterialStatus.RETIRED);
    }

    public boolean isWithdrawable() {
        MaterialStatus status = status();
        return status != null && status != MaterialStatus.RETIRED;
    }

    public String submit() {
        long id = bankView.getCategory();
        return done(() -> bank.submitSet(id, currentUser.required(), previewUrl(id), note), "quiz.set.submitted");
    }

    public String withdraw() {
        long id = bankView.getCategory();
        return done(() -> bank.withdrawSet(id, currentUser.required(), reason), "quiz.set.withdrawn");
    }

    private MaterialStatus status() {
        return getSet() == null || getSet().reviewStatus() == null ? null : MaterialStatus.valueOf(getSet().reviewStatus());
    }

    /** Runs the change; a refusal becomes the page's translated message. */
    private String done(Supplier<BankCategory> change, String doneKey) {
        try {
            change.get();
        } catch (QuizException refused) {
            messages.errorAt(null, "quiz.error." + refused.code());
            return null;
        } catch (ChangeRefusedException | NotPermittedException | InvalidChangeException refused) {
            messages.refusal(null, refused);
            return null;
        }
        messages.info(doneKey);
        messages.acrossRedirect();
        return "/app/question-bank.xhtml?faces-redirect=true&category=" + bankView.getCategory();
    }

    /** The absolute link reviewers follow from the carrier material to the set's preview. */
    private static String previewUrl(long id) {
        ExternalContext request = FacesContext.getCurrentInstance().getExternalContext();
        int port = request.getRequestServerPort();
        boolean usual = port == 80 && "http".equals(request.getRequestScheme()) || port == 443 && "https".equals(request.getRequestScheme());
        return request.getRequestScheme() + "://" + request.getRequestServerName() + (usual ? "" : ":" + port)
                + request.getRequestContextPath() + "/app/question-set.xhtml?id=" + id;
    }

    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
