package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.DescriptionSnapshot;
import vn.hoclieu.content.material.EventAction;
import vn.hoclieu.content.material.InvalidChangeException;
import vn.hoclieu.content.material.MaterialHistory;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.NotPermittedException;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialVersion;
import vn.hoclieu.content.notification.NotificationKind;
import vn.hoclieu.content.notification.Notifier;
import vn.hoclieu.content.review.ReviewDecision;
import vn.hoclieu.content.review.ReviewRecord;
import vn.hoclieu.content.review.ReviewService;
import vn.hoclieu.content.review.ReviewTaskSummary;
import vn.hoclieu.content.review.ReviewVerdict;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.content.review.model.Review;
import vn.hoclieu.content.review.model.ReviewPolicy;
import vn.hoclieu.content.review.model.ReviewPool;
import vn.hoclieu.content.review.model.ReviewTask;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

@ApplicationScoped
@Transactional
public class DefaultReviewService implements ReviewService {

    @Inject
    ReviewRepository reviews;

    @Inject
    ReviewedMaterials materials;

    @Inject
    MaterialService materialService;

    @Inject
    MaterialHistory history;

    @Inject
    Notifier notifier;

    @Inject
    ReviewRounds rounds;

    @Inject
    VerdictCheck verdictCheck;


    @Inject
    TaskSummaries summaries;

    @Override
    public MaterialSummary submit(long materialId, Viewer author, String note) {
        Material material = reviews.lockMaterial(materialId).filter(m -> m.authorId() == author.id())
                .orElseThrow(() -> new MaterialNotFoundException(materialId));
        MaterialVersion version = materials.latestVersion(materialId);
        requireTransition(material, version.status(), MaterialStatus.SUBMITTED);
        materials.requireReady(material, version);
        ReviewPool pool = rounds.poolFor(material);
        MaterialStatus before = version.status();
        version.submitted(DescriptionSnapshot.toJson(DescriptionSnapshot.of(material)));
        material.showState(MaterialStatus.SUBMITTED);
        history.record(materialId, version.number(), author.id(), EventAction.SUBMITTED, before, MaterialStatus.SUBMITTED, blankToNull(note));
        rounds.open(material, version, pool);
        return materialService.get(materialId, author);
    }

    @Override
    public MaterialSummary retire(long materialId, Viewer actor, String reason) {
        Material material = reviews.lockMaterial(materialId).orElseThrow(() -> new MaterialNotFoundException(materialId));
        boolean mayRetire = material.authorId() == actor.id() || actor.districtAdmin()
                || actor.schoolAdmin() && material.schoolId() != null && material.schoolId().equals(actor.schoolId());
        if (!mayRetire) {
            throw materialService.seesEveryVersion(materialId, actor) ? new NotPermittedException("not_author")
                    : new MaterialNotFoundException(materialId);
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidChangeException("reason_required");
        }
        MaterialVersion version = materials.latestVersion(materialId);
        requireTransition(material, material.status(), MaterialStatus.RETIRED);
        MaterialStatus before = material.status();
        material.retire(reason.strip());
        reviews.unfinishedTasksOf(materialId).forEach(ReviewTask::cancel);
        history.record(materialId, version.number(), actor.id(), EventAction.RETIRED, before, MaterialStatus.RETIRED, reason.strip());
        if (material.authorId() != actor.id()) {
            notifier.post(material.authorId(), NotificationKind.MATERIAL_RETIRED, materialId, material.title(), reason.strip());
        }
        return materialService.get(materialId, actor);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Long> poolsOf(long reviewerId) {
        return reviews.poolsOf(reviewerId);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewTaskSummary> queue(Viewer reviewer) {
        return summaries.of(reviews.queueOf(reviewer.id()));
    }

    @Override
    public ReviewTaskSummary claim(long taskId, Viewer reviewer) {
        ReviewTask task = reviews.task(taskId).orElseThrow(() -> new MaterialNotFoundException(taskId));
        Material material = reviews.lockMaterial(task.materialId()).orElseThrow();
        rounds.requireEligible(task, material, reviewer.id());
        if (!reviews.claim(taskId, reviewer.id())) {
            throw new ChangeRefusedException("already_claimed");
        }
        reviews.reload(task);
        MaterialVersion version = materials.version(task.versionId());
        MaterialStatus before = version.status();
        if (before == MaterialStatus.SUBMITTED) {
            version.moveTo(MaterialStatus.IN_REVIEW);
            material.showState(MaterialStatus.IN_REVIEW);
        }
        history.record(material.id(), version.number(), reviewer.id(), EventAction.CLAIMED, before, version.status(), null);
        return summaries.of(task);
    }

    @Override
    public ReviewTaskSummary release(long taskId, Viewer reviewer) {
        ReviewTask task = heldTask(taskId, reviewer);
        reviews.lockMaterial(task.materialId());
        task.release();
        history.record(task.materialId(), materials.version(task.versionId()).number(), reviewer.id(), EventAction.RELEASED, null, null, null);
        return summaries.of(task);
    }

    @Override
    public ReviewTaskSummary reassign(long taskId, Long reviewerId, Viewer admin) {
        ReviewTask task = reviews.task(taskId).orElseThrow(() -> new MaterialNotFoundException(taskId));
        Material material = reviews.lockMaterial(task.materialId()).orElseThrow();
        if (task.status() != TaskStatus.OPEN && task.status() != TaskStatus.CLAIMED) {
            throw new ChangeRefusedException("task_closed");
        }
        task.release();
        if (reviewerId != null) {
            rounds.requireEligible(task, material, reviewerId);
            task.assignTo(reviewerId);
            notifier.post(reviewerId, NotificationKind.REVIEW_TASK_ASSIGNED, material.id(), material.title(), null);
        }
        MaterialVersion version = materials.version(task.versionId());
        history.record(material.id(), version.number(), admin.id(), EventAction.REASSIGNED, null, null,
                reviewerId == null ? null : "#" + reviewerId);
        return summaries.of(task);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewTaskSummary> staleClaims() {
        Instant cutoff = Instant.now().minus(reviews.policy().staleClaimHours(), ChronoUnit.HOURS);
        return summaries.of(reviews.claimedBefore(cutoff));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewTaskSummary task(long taskId, Viewer reviewer) {
        ReviewTask task = reviews.task(taskId).orElseThrow(() -> new MaterialNotFoundException(taskId));
        if (!materialService.seesEveryVersion(task.materialId(), reviewer)) {
            throw new MaterialNotFoundException(taskId);
        }
        return summaries.of(task);
    }

    @Override
    public ReviewRecord decide(long taskId, Viewer reviewer, ReviewVerdict verdict) {
        ReviewTask task = heldTask(taskId, reviewer);
        Material material = reviews.lockMaterial(task.materialId()).orElseThrow();
        MaterialVersion version = materials.version(task.versionId());
        if (version.status() != MaterialStatus.IN_REVIEW) {
            throw ChangeRefusedException.transition(version.status(), MaterialStatus.IN_REVIEW);
        }
        Review review = new Review(task, verdict.decision(), blankToNull(verdict.comment()), verdictCheck.scores(verdict));
        reviews.add(review);
        task.decided();
        rounds.decided(material, version, task, review);
        return record(material.id(), reviewer);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewRecord record(long materialId, Viewer viewer) {
        if (!materialService.seesEveryVersion(materialId, viewer)) {
            throw new MaterialNotFoundException(materialId);
        }
        Material material = materials.material(materialId);
        ReviewPolicy policy = reviews.policy();
        return new ReviewRecord(materialId, material.status(), policy.requiredApprovals(), policy.minimumAverage(),
                RecordAssembly.rounds(reviews.reviewsOf(materialId), materials::versionNumber));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RubricCriterion> rubric() {
        return reviews.criteria().stream().filter(c -> c.active())
                .map(c -> new RubricCriterion(c.code(), c.position(), c.labelVi(), c.labelEn(), true)).toList();
    }

    private ReviewTask heldTask(long taskId, Viewer reviewer) {
        ReviewTask task = reviews.task(taskId).orElseThrow(() -> new MaterialNotFoundException(taskId));
        if (task.status() == TaskStatus.DECIDED || task.status() == TaskStatus.CANCELLED) {
            throw new ChangeRefusedException("task_closed");
        }
        if (!task.isHeldBy(reviewer.id())) {
            throw new NotPermittedException("not_your_task");
        }
        return task;
    }

    private static void requireTransition(Material material, MaterialStatus from, MaterialStatus to) {
        if (material.status() == MaterialStatus.RETIRED || !from.canMoveTo(to)) {
            throw ChangeRefusedException.transition(material.status(), to);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
