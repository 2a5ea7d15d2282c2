package vn.hoclieu.web.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.core.quiz.BankCategory;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.course.view.ReviewerComment;

import java.util.List;

/** What the reviewers wrote about a question set's latest version, read from its carrier's history (the owner is its author). */
@ApplicationScoped
public class SetReviewerComments {

    @Inject
    MaterialService materials;

    @Inject
    CurrentUser currentUser;

    public List<ReviewerComment> of(BankCategory category) {
        return category.carrierMaterialId() == null ? List.of()
                : ReviewerComment.latest(materials.history(category.carrierMaterialId(), currentUser.viewer()));
    }
}
