package vn.hoclieu.web.classroom.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.classroom.ClassAccessDeniedException;
import vn.hoclieu.core.school.ClassSummary;
import vn.hoclieu.core.school.SchoolService;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.classroom.ClassMaterials;
import vn.hoclieu.web.i18n.PageMessages;

import java.util.List;

/** "Giao cho lớp" on a published material's page: a teacher hands it out to one of their classes. */
@Named
@RequestScoped
public class ShareWithClassView {

    @Inject
    SchoolService schools;

    @Inject
    ClassMaterials materials;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private Long classId;
    private List<ClassSummary> classes;

    public List<ClassSummary> getClasses() {
        if (classes == null) {
            classes = currentUser.account().filter(a -> a.has(Role.TEACHER))
                    .map(a -> schools.classesTaughtBy(a.id())).orElse(List.of());
        }
        return classes;
    }

    public String share(long materialId) {
        if (classId == null) {
            messages.errorAt(null, "classMaterial.chooseClass");
            return null;
        }
        try {
            materials.share(classId, currentUser.required(), materialId);
        } catch (ClassAccessDeniedException | MaterialNotFoundException e) {
            messages.errorAt(null, "api.forbidden");
            return null;
        }
        messages.info("classMaterial.shared");
        messages.acrossRedirect();
        return "/app/class.xhtml?faces-redirect=true&id=" + classId;
    }

    public Long getClassId() { return classId; }
    public void setClassId(Long classId) { this.classId = classId; }
}
