package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.HistoryEntry;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.account.DisplayNames;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A material's immutable history: every transition, claim and decision with who and when. Only for
 * those who see every version (author, its reviewers, admins); anyone else gets the 404 page, as
 * for a material they may not see.
 */
@Named
@RequestScoped
public class HistoryView {

    @Inject
    MaterialService materials;

    @Inject
    CurrentUser currentUser;

    @Inject
    DisplayNames names;

    private long id;
    private MaterialSummary material;
    private List<HistoryEntry> entries = List.of();

    public void open() {
        Viewer viewer = currentUser.viewer();
        try {
            entries = materials.history(id, viewer);
            material = materials.get(id, viewer);
            names.expect(entries.stream().map(HistoryEntry::actorId).filter(Objects::nonNull).collect(Collectors.toSet()), Set.of());
        } catch (MaterialNotFoundException e) {
            ContributorPage.refuse(404);
        }
    }

    public MaterialSummary getMaterial() { return material; }
    public List<HistoryEntry> getEntries() { return entries; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
