package vn.hoclieu.web.gradebook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.gradebook.GradebookException;
import vn.hoclieu.core.gradebook.GradebookService;
import vn.hoclieu.core.gradebook.SubjectEntry;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/** The "Sổ điểm" links of a class page: the subjects whose gradebook the viewer may open (none for pupils). */
@Named
@RequestScoped
public class ClassGradebooks {

    @Inject
    GradebookService gradebook;

    @Inject
    CurrentUser currentUser;

    public List<SubjectEntry> of(long classId) {
        try {
            return gradebook.subjects(classId, currentUser.required());
        } catch (GradebookException unknown) {
            return List.of();
        }
    }
}
