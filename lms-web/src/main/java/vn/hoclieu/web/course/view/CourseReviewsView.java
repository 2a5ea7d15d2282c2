package vn.hoclieu.web.course.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.course.CourseReviewPage;
import vn.hoclieu.core.course.CourseReviews;
import vn.hoclieu.core.course.PublicReview;
import vn.hoclieu.core.course.ReviewInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.Messages;

import java.io.Serializable;

/**
 * The reviews section of a course's page: learners' average and count, the latest reviews, and
 * for an enrolled learner a form to rate or change their rating. Lengths and stars are checked by
 * the form's validators; the service checks again.
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

    private Integer stars;
    private String text;
    private boolean formFilled;
    private transient CourseReviewPage shown;

    public CourseReviewPage getShown() {
        if (shown == null) {
            shown = reviews.of(page.getId(), CourseReviews.LATEST);
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
        fill(reviews.rate(page.getId(), currentUser.required(), new ReviewInput(stars, text)));
        shown = null;
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.text(locale.getLocale(), "course.reviews.saved"), null));
    }

    private void fill(PublicReview mine) {
        stars = mine.stars();
        text = mine.text();
    }

    public int getTextMax() { return ReviewInput.TEXT_MAX; }
    public Integer getStars() { return stars; }
    public void setStars(Integer stars) { this.stars = stars; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
}
