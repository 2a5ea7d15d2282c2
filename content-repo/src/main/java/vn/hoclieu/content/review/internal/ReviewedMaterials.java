package vn.hoclieu.content.review.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.content.material.ChangeRefusedException;
import vn.hoclieu.content.material.FileStatus;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.content.material.model.Material;
import vn.hoclieu.content.material.model.MaterialFile;
import vn.hoclieu.content.material.model.MaterialVersion;

import java.util.List;

/** The material side as review reads it: versions, their files, and whether a version is ready for review. */
@ApplicationScoped
public class ReviewedMaterials {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Material material(long materialId) {
        return em.find(Material.class, materialId);
    }

    public MaterialVersion version(long versionId) {
        return em.find(MaterialVersion.class, versionId);
    }

    public int versionNumber(long versionId) {
        return version(versionId).number();
    }

    public MaterialVersion latestVersion(long materialId) {
        return em.createQuery("select v from MaterialVersion v where v.materialId = :m order by v.number desc", MaterialVersion.class)
                .setParameter("m", materialId).setMaxResults(1).getSingleResult();
    }

    /**
     * Reviewers review what pupils will get: every file ingested (none queued or failed), and at
     * least one file, or the link of a virtual lab or of a carrier (an open course's or a question set's preview).
     */
    public void requireReady(Material material, MaterialVersion version) {
        List<MaterialFile> files = em.createQuery("select f from MaterialFile f where f.versionId = :v", MaterialFile.class)
                .setParameter("v", version.id()).getResultList();
        boolean linkOnly = (material.type() == MaterialType.VIRTUAL_LAB || material.type().isCarrier()) && material.externalUrl() != null;
        if (files.isEmpty() && !linkOnly) {
            throw new ChangeRefusedException("no_files");
        }
        long notReady = files.stream().filter(f -> f.status() != FileStatus.READY).count();
        if (notReady > 0) {
            throw new ChangeRefusedException("files_not_ready", notReady);
        }
    }
}
