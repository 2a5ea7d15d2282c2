package vn.hoclieu.web.classroom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hoclieu.content.catalogue.CatalogueEntry;
import vn.hoclieu.content.catalogue.CatalogueService;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.classroom.ClassroomService;

import java.util.ArrayList;
import java.util.List;

/**
 * Repository materials on a class's page: the class (lms-core) holds ids, the catalogue (content
 * repository) says whether each is still public and what to show. Only published materials are
 * handed out; one retired later simply drops out of the list.
 */
@ApplicationScoped
public class ClassMaterials {

    @Inject
    ClassroomService classroom;

    @Inject
    CatalogueService catalogue;

    public List<CatalogueEntry> of(long classId, Account reader) {
        List<CatalogueEntry> shown = new ArrayList<>();
        for (long id : classroom.materialIds(classId, reader)) {
            try {
                shown.add(catalogue.entry(id));
            } catch (MaterialNotFoundException retired) {
                // no longer public: not offered to the class any more
            }
        }
        return shown;
    }

    /** @throws MaterialNotFoundException when the material is not published (404) */
    public void share(long classId, Account teacher, long materialId) {
        catalogue.entry(materialId);
        classroom.share(classId, teacher, materialId);
    }
}
