package vn.hoclieu.content.catalogue.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.content.catalogue.model.MaterialRating;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialVersion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CatalogueRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    /** Pairs of (material, its published version), newest publication first. */
    public List<Object[]> publishedNewestFirst() {
        return em.createQuery("""
                select m, v from Material m, MaterialVersion v
                where v.id = m.publishedVersionId and m.status <> :retired
                order by v.publishedAt desc, m.id desc""", Object[].class)
                .setParameter("retired", MaterialStatus.RETIRED).getResultList();
    }

    /** @return true when this is the person's first use of the material (a row was added) */
    public boolean recordUse(long materialId, long accountId) {
        return em.createNativeQuery("""
                INSERT IGNORE INTO content_material_use (material_id, account_id)
                SELECT m.id, ?2 FROM content_material m
                WHERE m.id = ?1 AND m.published_version_id IS NOT NULL AND m.status <> 'RETIRED' AND m.author_id <> ?2""")
                .setParameter(1, materialId).setParameter(2, accountId).executeUpdate() == 1;
    }

    public Optional<Material> material(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId));
    }

    public MaterialVersion version(long versionId) {
        return em.find(MaterialVersion.class, versionId);
    }

    /** The reviewed badge: approvals and their average score in the round that published the version. */
    public Object[] approvalsAndAverage(long versionId, int round) {
        return (Object[]) em.createNativeQuery("""
                SELECT COUNT(*), AVG(average_score) FROM content_review
                WHERE version_id = ?1 AND round = ?2 AND decision = 'APPROVE'""")
                .setParameter(1, versionId).setParameter(2, round).getSingleResult();
    }

    /** Teachers' ratings that are not hidden: average and count. */
    public Object[] ratingAverageAndCount(long materialId) {
        return (Object[]) em.createNativeQuery("""
                SELECT AVG(score), COUNT(*) FROM content_material_rating WHERE material_id = ?1 AND hidden = FALSE""")
                .setParameter(1, materialId).getSingleResult();
    }

    /** The first file's thumbnail or poster, if any: (file id, role). */
    public Object[] picture(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT r.file_id, r.role FROM content_file_rendition r JOIN content_material_file f ON f.id = r.file_id
                WHERE f.version_id = ?1 AND r.role IN ('THUMBNAIL', 'POSTER', 'PREVIEW') ORDER BY f.id, r.role DESC LIMIT 1""")
                .setParameter(1, versionId).getResultList();
        return rows.isEmpty() ? null : rows.getFirst();
    }

    public Optional<MaterialRating> ratingBy(long materialId, long raterId) {
        return em.createQuery("select r from MaterialRating r where r.materialId = :m and r.raterId = :r", MaterialRating.class)
                .setParameter("m", materialId).setParameter("r", raterId).getResultStream().findFirst();
    }

    public Optional<MaterialRating> rating(long ratingId) {
        return Optional.ofNullable(em.find(MaterialRating.class, ratingId));
    }

    public List<MaterialRating> ratingsOf(long materialId) {
        return em.createQuery("select r from MaterialRating r where r.materialId = :m order by r.createdAt desc, r.id desc", MaterialRating.class)
                .setParameter("m", materialId).getResultList();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
    }
}
