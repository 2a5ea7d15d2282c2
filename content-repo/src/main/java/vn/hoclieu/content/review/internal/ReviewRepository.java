package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.review.TaskStatus;
import vn.hoclieu.content.review.model.Review;
import vn.hoclieu.content.review.model.ReviewCriterion;
import vn.hoclieu.content.review.model.ReviewPolicy;
import vn.hoclieu.content.review.model.ReviewPool;
import vn.hoclieu.content.review.model.ReviewTask;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.Optional;

@ApplicationScoped
public class ReviewRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Every change of review state locks its material first: concurrent decisions on one material queue up. */
    public Optional<Material> lockMaterial(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId, LockModeType.PESSIMISTIC_WRITE));
    }

    public ReviewPolicy policy() {
        return em.find(ReviewPolicy.class, ReviewPolicy.ID);
    }

    public List<ReviewPool> pools() {
        return em.createQuery("select p from ReviewPool p order by p.name, p.id", ReviewPool.class).getResultList();
    }

    public Optional<ReviewPool> pool(long poolId) {
        return Optional.ofNullable(em.find(ReviewPool.class, poolId));
    }

    public List<ReviewCriterion> criteria() {
        return em.createQuery("select c from ReviewCriterion c order by c.position, c.code", ReviewCriterion.class).getResultList();
    }

    public Optional<ReviewCriterion> criterion(String code) {
        return Optional.ofNullable(em.find(ReviewCriterion.class, code));
    }

    public Optional<ReviewTask> task(long taskId) {
        return Optional.ofNullable(em.find(ReviewTask.class, taskId));
    }

    public List<ReviewTask> tasksOfRound(long versionId, int round) {
        return em.createQuery("select t from ReviewTask t where t.versionId = :v and t.round = :r order by t.seat", ReviewTask.class)
                .setParameter("v", versionId).setParameter("r", round).getResultList();
    }

    /**
     * Claims an open seat with one conditional UPDATE. InnoDB makes a second claimer wait for the
     * first one's row lock and then re-read the row: it finds it CLAIMED and updates nothing.
     */
    public boolean claim(long taskId, long reviewerId) {
        int updated = em.createNativeQuery("""
                UPDATE content_review_task SET status = 'CLAIMED', reviewer_id = ?1, claimed_at = ?2
                WHERE id = ?3 AND status = 'OPEN'""")
                .setParameter(1, reviewerId).setParameter(2, java.sql.Timestamp.from(Instant.now())).setParameter(3, taskId)
                .executeUpdate();
        return updated == 1;
    }

    /** Re-reads a task after a native UPDATE changed its row behind the persistence context. */
    public ReviewTask reload(ReviewTask task) {
        em.refresh(task);
        return task;
    }

    public Set<Long> poolsOf(long reviewerId) {
        return Set.copyOf(em.createQuery("select p.id from ReviewPool p join p.reviewerIds rid where rid = :r", Long.class)
                .setParameter("r", reviewerId).getResultList());
    }

    /** Open seats in the reviewer's pools, not of the reviewer's own materials, and the seats they hold. */
    public List<ReviewTask> queueOf(long reviewerId) {
        return em.createQuery("""
                select t from ReviewTask t, Material m where m.id = t.materialId and (
                  (t.status = :claimed and t.reviewerId = :r)
                  or (t.status = :open and m.authorId <> :r
                      and exists (select p from ReviewPool p join p.reviewerIds rid where p.id = t.poolId and rid = :r)
                      and not exists (select o from ReviewTask o where o.versionId = t.versionId and o.round = t.round and o.reviewerId = :r)))
                order by t.createdAt, t.id""", ReviewTask.class)
                .setParameter("r", reviewerId).setParameter("open", TaskStatus.OPEN).setParameter("claimed", TaskStatus.CLAIMED)
                .getResultList();
    }

    public List<ReviewTask> claimedBefore(Instant cutoff) {
        return em.createQuery("select t from ReviewTask t where t.status = :c and t.claimedAt < :cut order by t.claimedAt", ReviewTask.class)
                .setParameter("c", TaskStatus.CLAIMED).setParameter("cut", cutoff).getResultList();
    }

    public List<ReviewTask> unfinishedTasksOf(long materialId) {
        return em.createQuery("select t from ReviewTask t where t.materialId = :m and t.status in :s", ReviewTask.class)
                .setParameter("m", materialId).setParameter("s", List.of(TaskStatus.OPEN, TaskStatus.CLAIMED)).getResultList();
    }

    public List<Review> reviewsOf(long materialId) {
        return em.createQuery("select r from Review r where r.materialId = :m order by r.versionId, r.round, r.id", Review.class)
                .setParameter("m", materialId).getResultList();
    }

    public List<Review> reviewsOfRound(long versionId, int round) {
        return em.createQuery("select r from Review r where r.versionId = :v and r.round = :r order by r.id", Review.class)
                .setParameter("v", versionId).setParameter("r", round).getResultList();
    }
}
