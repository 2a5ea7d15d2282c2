package vn.hoclieu.web.material.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.web.account.CurrentUser;

import java.io.Serializable;
import java.util.List;

/**
 * A material as the signed-in person may see it: the author (and the material's reviewers and
 * admins) the latest version with what ingest made of its files; everyone else the published
 * version. The upload control (upload.js) attaches files through the API, then asks this view to
 * render the list again.
 */
@Named
@ViewScoped
public class MaterialView implements Serializable {

    @Inject
    MaterialService materials;

    @Inject
    CurrentUser currentUser;

    private long id;
    // read again at each request that renders the list; never part of the saved view
    private transient MaterialSummary material;
    private transient List<FilePresentation> files;

    public void open() {
        try {
            reload();
        } catch (MaterialNotFoundException e) {
            TeacherPage.refuse(404);
        }
    }

    /** Called after an upload and while ingest runs, before the file list is rendered again. */
    public void reload() {
        Viewer viewer = currentUser.viewer();
        material = materials.get(id, viewer);
        files = material.files().stream()
                .map(f -> new FilePresentation(f, materials.renditionRoles(f.id(), viewer))).toList();
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

    /** The author may change the material: upload, describe, submit, start a version. */
    public boolean isMine() {
        return getMaterial().authorId() == currentUser.required().id();
    }

    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
