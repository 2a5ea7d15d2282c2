package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.account.CurrentUser;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reviewer's queue: open seats in their pools and the seats they hold. A round has one seat
 * per required approval and a reviewer can take only one of them, so the open seats of one round
 * show as one line.
 */
@Named
@ViewScoped
public class ReviewQueueView implements Serializable {

    @Inject
    ReviewService reviews;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageAccess access;

    @Inject
    PageMessages messages;

    // kept while the view lives so that a button's row is the row the reviewer saw; never serialized
    private transient List<ReviewTaskSummary> tasks;

    public void open() {
        access.require(Role.REVIEWER);
    }

    public List<ReviewTaskSummary> getWaiting() {
        Set<String> rounds = new HashSet<>();
        return tasks().stream().filter(t -> t.status() == TaskStatus.OPEN)
                .filter(t -> rounds.add(t.materialId() + "/" + t.versionNumber() + "/" + t.round())).toList();
    }

    public List<ReviewTaskSummary> getHeld() {
        long me = currentUser.required().id();
        return tasks().stream().filter(t -> t.status() == TaskStatus.CLAIMED && t.reviewerId() != null && t.reviewerId() == me).toList();
    }

    /** Claims the seat and opens it; someone faster leaves a message and the list as it is now. */
    public String claim(long taskId) {
        if (!access.require(Role.REVIEWER)) {
            return null;
        }
        try {
            ReviewTaskSummary claimed = reviews.claim(taskId, currentUser.viewer());
            messages.acrossRedirect();
            messages.info("reviews.claimed", claimed.materialTitle());
            return "/app/review.xhtml?faces-redirect=true&task=" + taskId;
        } catch (ChangeRefusedException | NotPermittedException | MaterialNotFoundException refused) {
            messages.refusal(null, refused);
            tasks = null;
            return null;
        }
    }

    public String release(long taskId) {
        if (!access.require(Role.REVIEWER)) {
            return null;
        }
        try {
            ReviewTaskSummary released = reviews.release(taskId, currentUser.viewer());
            messages.info("reviews.released", released.materialTitle());
        } catch (ChangeRefusedException | NotPermittedException | MaterialNotFoundException refused) {
            messages.refusal(null, refused);
        }
        tasks = null;
        return null;
    }

    private List<ReviewTaskSummary> tasks() {
        if (tasks == null) {
            tasks = reviews.queue(currentUser.viewer());
        }
        return tasks;
    }
}
