package vn.hoclieu.content.material.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.content.material.model.Material;

import java.util.Objects;

/**
 * Who sees every version of a material (drafts, versions in review): its author, district admins,
 * admins of its school, and reviewers of its pool. Everyone else sees only the published version.
 */
@ApplicationScoped
public class MaterialAccess {

    @Inject
    MaterialRepository materials;

    public boolean seesEveryVersion(Material m, Viewer v) {
        if (m.authorId() == v.id() || v.districtAdmin()) {
            return true;
        }
        if (v.schoolAdmin() && m.schoolId() != null && Objects.equals(m.schoolId(), v.schoolId())) {
            return true;
        }
        return v.reviewer() && materials.isReviewerOf(m.id(), v.id());
    }

    /** Whether the viewer may see this version of the material at all. */
    public boolean sees(Material m, long versionId, Viewer v) {
        return m.isPublic(versionId) || seesEveryVersion(m, v);
    }
}
