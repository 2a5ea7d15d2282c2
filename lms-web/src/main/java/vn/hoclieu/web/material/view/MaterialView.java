package vn.hoclieu.web.material.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.core.account.Account;

import java.io.Serializable;
import java.util.List;

/**
 * A teacher's own material: its description, its files and what ingest made of them. The upload
 * control (upload.js) attaches files through the API, then asks this view to render the list again.
 */
@Named
@ViewScoped
public class MaterialView implements Serializable {

    @Inject
    MaterialService materials;

    @Inject
    TeacherPage page;

    private long id;
    private long authorId;
    // read again at each request that renders the list; never part of the saved view
    private transient MaterialSummary material;
    private transient List<FilePresentation> files;

    public void open() {
        Account teacher = page.teacherOrRefuse();
        if (teacher == null) {
            return;
        }
        authorId = teacher.id();
        try {
            reload();
        } catch (MaterialNotFoundException e) {
            TeacherPage.refuse(404);
        }
    }

    /** Called after an upload and while ingest runs, before the file list is rendered again. */
    public void reload() {
        material = materials.get(id, authorId);
        files = material.files().stream()
                .map(f -> new FilePresentation(f, materials.renditionRoles(f.id(), authorId))).toList();
    }

    public MaterialSummary getMaterial() {
        if (material == null) {
            reload();
        }
        return material;
    }

    public List<FilePresentation> getFiles() {
        getMaterial();
        return files;
    }

    public boolean isPending() {
        return getFiles().stream().anyMatch(FilePresentation::isPending);
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
