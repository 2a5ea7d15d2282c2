package vn.hoclieu.core.quiz.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.Licence;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.quiz.QuizException;
import vn.hoclieu.core.quiz.model.QuestionCategory;

import java.util.EnumSet;
import java.util.Set;

/**
 * A category is shared district-wide through review as a carrier material of type QUESTION_SET:
 * title = the category, subject and grade from it, description = a plain summary, link = the
 * reviewers' preview. Its questions are shared while the carrier has a published version (and is
 * not retired). While reviewers have it or teachers use it, the questions are frozen: the rows are
 * the set's only copy, so an edit would reach teachers unreviewed.
 */
@ApplicationScoped
class QuestionSetCarrier {

    private static final Set<MaterialStatus> FROZEN = EnumSet.of(MaterialStatus.SUBMITTED, MaterialStatus.IN_REVIEW, MaterialStatus.PUBLISHED);

    @Inject
    MaterialService materials;

    @Inject
    ReviewService reviews;

    /** Describes the carrier (new at the first submission and after a withdrawal, a new version after a finished review) and submits it. */
    long submit(QuestionCategory category, String subjectCode, String summary, Account author, String previewUrl, String note) {
        Viewer viewer = viewer(author);
        MaterialDraft draft = new MaterialDraft(category.name(), summary, subjectCode, Set.of(category.grade()), MaterialType.QUESTION_SET,
                "vi", Licence.CC_BY_SA, Set.of("ngân hàng câu hỏi"), null, previewUrl);
        MaterialStatus status = status(category);
        long id;
        if (status == null || status == MaterialStatus.RETIRED) {
            id = materials.contribute(viewer.id(), viewer.schoolId(), draft).id();
        } else {
            id = category.carrierMaterialId();
            if (status.allowsNewVersion()) {
                materials.newVersion(id, viewer.id(), note);
            } else if (!status.isEditable()) {
                throw QuizException.conflict("set_in_review");
            }
            materials.describe(id, viewer.id(), draft);
        }
        reviews.submit(id, viewer, note);
        return id;
    }

    /** The author takes the set back (the carrier is retired with the reason): its questions are private and editable again. */
    void withdraw(QuestionCategory category, Account author, String reason) {
        MaterialStatus status = status(category);
        if (status == null || status == MaterialStatus.RETIRED) {
            throw QuizException.conflict("set_not_submitted");
        }
        reviews.retire(category.carrierMaterialId(), viewer(author), reason);
    }

    /** The carrier's review status as its author sees it; null before the first submission. */
    MaterialStatus status(QuestionCategory category) {
        return category.carrierMaterialId() == null ? null : materials.get(category.carrierMaterialId(), owner(category)).status();
    }

    /** The category's owner, who is the carrier's author. */
    private static Viewer owner(QuestionCategory category) {
        return new Viewer(category.ownerId(), null, false, false, false);
    }

    /** Whether the owner may change the set's questions: not while reviewers have it nor while it is shared. */
    void requireChangeable(QuestionCategory category) {
        MaterialStatus status = status(category);
        if (status != null && FROZEN.contains(status)) {
            throw QuizException.conflict("set_locked");
        }
    }

    /**
     * Whether teachers of the subject get the set: its carrier has a published, not retired version.
     * Asked as the carrier's author, who sees it in every state, so nothing is thrown (an exception
     * crossing content-repo's transactional boundary would doom the caller's transaction).
     */
    boolean published(QuestionCategory category) {
        if (category.carrierMaterialId() == null) {
            return false;
        }
        MaterialSummary carrier = materials.get(category.carrierMaterialId(), owner(category));
        return carrier.publishedVersion() != null && carrier.status() != MaterialStatus.RETIRED;
    }

    /** Whether the reader reviews the set (reviewers of its pool, admins): they see every version, published or not. */
    boolean reviews(QuestionCategory category, Account reader) {
        return category.carrierMaterialId() != null && materials.seesEveryVersion(category.carrierMaterialId(), viewer(reader));
    }

    static Viewer viewer(Account a) {
        return new Viewer(a.id(), a.schoolId(), a.has(Role.REVIEWER), a.has(Role.SCHOOL_ADMIN), a.has(Role.DISTRICT_ADMIN));
    }
}
