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
