package vn.hoclieu.web.course.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.course.CourseException;
import vn.hoclieu.core.course.CourseRating;
import vn.hoclieu.core.course.CourseReviewPage;
import vn.hoclieu.core.course.CourseReviews;
import vn.hoclieu.core.course.HidingInput;
import vn.hoclieu.core.course.PublicReview;
import vn.hoclieu.core.course.ReviewInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The reviews section of a course's page: learners' average and count, the latest reviews, and
 * for an enrolled learner a form to rate or change their rating. Lengths and stars are checked by
 * the form's validators; the service checks again. District admins get a "hide" button with a
 * reason under each review.
 */
@Named
@ViewScoped
public class CourseReviewsView implements Serializable {

    @Inject
    CourseReviews reviews;

    @Inject
    CoursePageView page;

    @Inject
    CurrentUser currentUser;

    @Inject
    LocaleSelection locale;

    private String hideReason;
    private Integer stars;
    private String text;
    private boolean formFilled;
    private transient CourseReviewPage shown;

    /** Nothing for a course not (or no longer) in the catalogue, which its authors and reviewers still open. */
    public CourseReviewPage getShown() {
        if (shown == null) {
            try {
                shown = reviews.of(page.getId(), CourseReviews.LATEST);
            } catch (CourseException unpublished) {
                shown = new CourseReviewPage(page.getId(), CourseRating.NONE, List.of());
            }
        }
        return shown;
    }

    /** Enrolled and active: the form is shown, filled with one's earlier rating. */
    public boolean isMayRate() {
        boolean may = page.getProgress() != null;
        if (may && !formFilled) {
            formFilled = true;
            reviews.mine(page.getId(), currentUser.required()).ifPresent(this::fill);
        }
        return may;
    }

    public void save() {
        try {
            fill(reviews.rate(page.getId(), currentUser.required(), new ReviewInput(stars, text)));
            shown = null;
            say(FacesMessage.SEVERITY_INFO, "course.reviews.saved");
        } catch (CourseException refused) {
            say(FacesMessage.SEVERITY_ERROR, "course.error." + refused.code());
        }
    }

    public boolean isModerator() {
        return currentUser.account().map(a -> a.has(Role.DISTRICT_ADMIN)).orElse(false);
    }

    /** A district admin hides an abusive review; the reason is required (the form's validator, the service again). */
    public void hide(long reviewId) {
        try {
            reviews.hide(page.getId(), reviewId, currentUser.required(), new HidingInput(hideReason.strip()));
            hideReason = null;
            shown = null;
            say(FacesMessage.SEVERITY_INFO, "course.reviews.hidden");
        } catch (CourseException refused) {
            say(FacesMessage.SEVERITY_ERROR, "course.error." + refused.code());
        }
    }

    private void say(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, Messages.text(locale.getLocale(), key), null));
    }

    private void fill(PublicReview mine) {
        stars = mine.stars();
        text = mine.text();
    }

    public List<Integer> getStarChoices() { return List.of(5, 4, 3, 2, 1); }
    public int getTextMax() { return ReviewInput.TEXT_MAX; }
    public String getHideReason() { return hideReason; }
    public void setHideReason(String hideReason) { this.hideReason = hideReason; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
