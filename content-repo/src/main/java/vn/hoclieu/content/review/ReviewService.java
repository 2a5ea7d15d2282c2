package vn.hoclieu.content.review;

import jakarta.validation.Valid;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.Viewer;

import java.util.List;
import java.util.Set;

/**
 * Review ("thẩm định chuyên môn") of material versions by subject experts in pools. The
 * transaction boundary: every transition writes the material's history and its notifications in
 * the same transaction. Illegal moves throw ChangeRefusedException (409), moves the caller may
 * not make NotPermittedException (403).
 */
public interface ReviewService {

    /** The author sends the latest version (ready files) to the pool of its subject and level. */
    MaterialSummary submit(long materialId, Viewer author, String note);

    /** Withdrawn by its author or an admin, with a reason; leaves the catalogue. */
    MaterialSummary retire(long materialId, Viewer actor, String reason);

    /** Open seats in the reviewer's pools (not of their own materials) and the seats they hold. */
    List<ReviewTaskSummary> queue(Viewer reviewer);

    /** Exactly one of two reviewers claiming the same seat at once wins; the other gets 409. */
    ReviewTaskSummary claim(long taskId, Viewer reviewer);

    ReviewTaskSummary release(long taskId, Viewer reviewer);

    /** An admin gives a (stale) claim to another pool member, or back to the pool when reviewerId is null. */
    ReviewTaskSummary reassign(long taskId, Long reviewerId, Viewer admin);

    /** Claims held longer than the policy's stale time. */
    List<ReviewTaskSummary> staleClaims();

    ReviewTaskSummary task(long taskId, Viewer reviewer);

    ReviewRecord decide(long taskId, Viewer reviewer, @Valid ReviewVerdict verdict);

    /** The composite result for the author, the material's reviewers and admins. */
    ReviewRecord record(long materialId, Viewer viewer);

    /** The active rubric, in order. */
    List<RubricCriterion> rubric();

    /** The ids of the review pools this account is a member of (empty for non-reviewers). */
    Set<Long> poolsOf(long reviewerId);
}
