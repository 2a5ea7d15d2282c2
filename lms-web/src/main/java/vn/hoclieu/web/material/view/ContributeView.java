package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.web.i18n.LocaleSelection;

/**
 * The contribute form. Field rules live on {@link MaterialDraft}: the page shows their messages
 * next to each field, then the new material's page opens so the teacher can add its files.
 */
@Named
@RequestScoped
public class ContributeView {

    static final String FORM = "material";

    @Inject
    MaterialService materials;

    @Inject
    DraftValidation validation;

    @Inject
    ContributorPage page;

    @Inject
    LocaleSelection localeSelection;

    private final DraftForm form = new DraftForm();

    public void open() {
        page.contributorOrRefuse();
    }

    public String contribute() {
        Account teacher = page.contributorOrRefuse();
        if (teacher == null) {
            return null;
        }
        MaterialDraft draft = form.draft();
        if (!validation.accepts(draft, localeSelection.getLocale(), FORM)) {
            return null;
        }
        MaterialSummary created = materials.contribute(teacher.id(), teacher.schoolId(), draft);
        return "/app/material.xhtml?faces-redirect=true&id=" + created.id();
    }

    public DraftForm getForm() {
        return form;
    }
}
