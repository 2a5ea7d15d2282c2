package vn.hoclieu.web.catalogue.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.catalogue.Rating;
import vn.hoclieu.content.catalogue.RatingInput;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.account.DisplayNames;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.MaterialView;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Teachers' ratings of a published material, on its page: teachers other than the author rate it
 * 1–5 with a comment (rating again replaces their rating); admins hide or show a comment.
 */
@Named
@ViewScoped
public class RatingsView implements Serializable {

    static final List<Integer> SCORES = List.of(5, 4, 3, 2, 1);

    @Inject
    CatalogueService catalogue;

    @Inject
    MaterialView material;

    @Inject
    CurrentUser currentUser;

    @Inject
    DisplayNames names;

    @Inject
    PageMessages messages;

    private Integer score;
    private String comment;
    private transient List<Rating> ratings;

    /** Only while a version is in the catalogue; hidden ones reach admins only. */
    public List<Rating> getRatings() {
        if (ratings == null) {
            ratings = material.isInCatalogue() ? catalogue.ratings(material.getId(), currentUser.viewer()) : List.of();
            names.expect(ratings.stream().map(Rating::raterId).collect(Collectors.toSet()), Set.of());
            // the form shows the teacher's own rating to change; a post's values come after this and win
            mine(ratings).filter(r -> score == null).ifPresent(r -> {
                score = r.score();
                comment = r.comment();
            });
        }
        return ratings;
    }

    public boolean isMayRate() {
        return material.isInCatalogue() && currentUser.is("TEACHER") && !material.isMine();
    }

    public boolean isRated() {
        return mine(getRatings()).isPresent();
    }

    public boolean isMayHide() {
        return currentUser.is("SCHOOL_ADMIN") || currentUser.is("DISTRICT_ADMIN");
    }

    public String rate() {
        boolean done = messages.attempt(() -> catalogue.rate(material.getId(), currentUser.viewer(), new RatingInput(score, comment)));
        return back(done, "catalogue.rating.saved");
    }

    public String hide(long ratingId, boolean hidden) {
        if (!isMayHide()) {
            messages.error("api.forbidden");
            return back(false, null);
        }
        boolean done = messages.attempt(() -> catalogue.hide(ratingId, hidden, currentUser.viewer()));
        return back(done, hidden ? "catalogue.rating.hiddenDone" : "catalogue.rating.shownDone");
    }

    private String back(boolean done, String doneKey) {
        if (done) {
            messages.info(doneKey);
        }
        return "/app/material.xhtml?faces-redirect=true&id=" + material.getId();
    }

    private Optional<Rating> mine(List<Rating> among) {
        long me = currentUser.required().id();
        return among.stream().filter(r -> r.raterId() == me).findFirst();
    }

    public List<Integer> getScores() { return SCORES; }
    public Integer getScore() { getRatings(); return score; }
    public void setScore(Integer score) { this.score = score; }
    public String getComment() { getRatings(); return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
