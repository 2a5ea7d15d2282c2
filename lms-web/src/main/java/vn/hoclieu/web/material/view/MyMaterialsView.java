package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialStatus;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.content.material.MaterialType;
import vn.hoclieu.core.account.Account;

import java.util.List;

/** "My materials": the teacher's own, newest first, narrowed by status and type (GET parameters). */
@Named
@RequestScoped
public class MyMaterialsView {

    @Inject
    MaterialService materials;

    @Inject
    ContributorPage page;

    private MaterialStatus status;
    private MaterialType type;
    private List<MaterialSummary> mine = List.of();

    public void open() {
        Account teacher = page.contributorOrRefuse();
        if (teacher != null) {
            mine = materials.mine(teacher.id()).stream()
                    .filter(m -> status == null || m.status() == status)
                    .filter(m -> type == null || m.type() == type)
                    .toList();
        }
    }

    public List<MaterialSummary> getMine() {
        return mine;
    }

    public MaterialStatus[] getStatuses() {
        return MaterialStatus.values();
    }

    public MaterialType[] getTypes() {
        return MaterialType.values();
    }

    public MaterialStatus getStatus() { return status; }
    public void setStatus(MaterialStatus status) { this.status = status; }
    public MaterialType getType() { return type; }
    public void setType(MaterialType type) { this.type = type; }
}
