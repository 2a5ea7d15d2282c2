package vn.hoclieu.content.material.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.content.material.model.FileRendition;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialFile;
import vn.hoclieu.content.material.model.MaterialVersion;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class MaterialRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public Optional<Material> ownedBy(long materialId, long authorId) {
        return Optional.ofNullable(em.find(Material.class, materialId)).filter(m -> m.authorId() == authorId);
    }

    public Optional<Material> find(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId));
    }

    public Optional<MaterialVersion> version(long versionId) {
        return Optional.ofNullable(em.find(MaterialVersion.class, versionId));
    }

    public Optional<MaterialVersion> versionNumbered(long materialId, int number) {
        return em.createQuery("select v from MaterialVersion v where v.materialId = :m and v.number = :n", MaterialVersion.class)
                .setParameter("m", materialId).setParameter("n", number).getResultStream().findFirst();
    }

    public List<MaterialVersion> versions(long materialId) {
        return em.createQuery("select v from MaterialVersion v where v.materialId = :m order by v.number", MaterialVersion.class)
                .setParameter("m", materialId).getResultList();
    }

    public Optional<MaterialFile> file(long fileId) {
        return Optional.ofNullable(em.find(MaterialFile.class, fileId));
    }

    /** Whether the person holds, held or may claim a review seat of this material (a member of its pool). */
    public boolean isReviewerOf(long materialId, long reviewerId) {
        return !em.createNativeQuery("""
                SELECT 1 FROM content_review_task t
                LEFT JOIN content_review_pool_member pm ON pm.pool_id = t.pool_id AND pm.reviewer_id = ?2
                WHERE t.material_id = ?1 AND (t.reviewer_id = ?2 OR pm.reviewer_id IS NOT NULL) LIMIT 1""")
                .setParameter(1, materialId).setParameter(2, reviewerId).getResultList().isEmpty();
    }

    /** The searchable text ingest extracted from a version's files, file by file. */
    public List<String> extractedTexts(long versionId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("""
                SELECT e.body_text FROM content_file_extract e JOIN content_material_file f ON f.id = e.file_id
                WHERE f.version_id = ?1 AND e.body_text IS NOT NULL ORDER BY f.id""")
                .setParameter(1, versionId).getResultList();
        return rows.stream().map(String::valueOf).toList();
    }

    public List<Material> byAuthor(long authorId) {
        return em.createQuery("select m from Material m where m.authorId = :a order by m.createdAt desc, m.id desc", Material.class)
                .setParameter("a", authorId).getResultList();
    }

    public Optional<MaterialVersion> latestVersion(long materialId) {
        return em.createQuery("select v from MaterialVersion v where v.materialId = :m order by v.number desc", MaterialVersion.class)
                .setParameter("m", materialId).setMaxResults(1).getResultStream().findFirst();
    }

    public List<MaterialFile> filesOf(long versionId) {
        return em.createQuery("select f from MaterialFile f where f.versionId = :v order by f.id", MaterialFile.class)
                .setParameter("v", versionId).getResultList();
    }

    /** The file, if it belongs to a material of this author. */
    public Optional<MaterialFile> fileOwnedBy(long fileId, long authorId) {
        return em.createQuery("""
                select f from MaterialFile f, MaterialVersion v, Material m
                where f.id = :f and f.versionId = v.id and v.materialId = m.id and m.authorId = :a""", MaterialFile.class)
                .setParameter("f", fileId).setParameter("a", authorId).getResultStream().findFirst();
    }

    public List<FileRendition> renditionsOf(long fileId) {
        return em.createQuery("select r from FileRendition r where r.fileId = :f order by r.role", FileRendition.class)
                .setParameter("f", fileId).getResultList();
    }

    /** Other materials whose files hold exactly these bytes. */
    public List<Long> materialsWithBlob(String sha256, long exceptMaterialId) {
        return em.createQuery("""
                select distinct v.materialId from MaterialFile f, MaterialVersion v
                where f.versionId = v.id and f.blobSha256 = :b and v.materialId <> :m""", Long.class)
                .setParameter("b", sha256).setParameter("m", exceptMaterialId).getResultList();
    }

    /** The JDBC connection of the current transaction, for writes that must commit with it (the ingest job). */
    public Connection transactionConnection() {
        return em.unwrap(Connection.class);
    }
}
