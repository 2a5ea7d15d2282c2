package vn.hoclieu.web.material.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.material.MaterialDraft;
import vn.hoclieu.content.material.MaterialNotFoundException;
import vn.hoclieu.content.material.MaterialService;
import vn.hoclieu.content.material.MaterialSummary;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.i18n.PageMessages;

/**
 * "Sửa mô tả": the contribute form filled with the material's description, for its author while
 * the latest version is a draft or has changes requested (the service refuses otherwise).
 */
@Named
@RequestScoped
public class DescribeView {

    static final String FORM = "material";

    @Inject
    MaterialService materials;

    @Inject
    DraftValidation validation;

    @Inject
    ContributorPage page;

    @Inject
    LocaleSelection localeSelection;

    @Inject
    PageMessages messages;

    @Inject
    CurrentUser currentUser;

    private long id;
    private DraftForm form = new DraftForm();

    /** On the first visit only: a post carries the reader's own values. */
    public String open() {
        Account teacher = page.contributorOrRefuse();
        if (teacher == null) {
            return null;
        }
        try {
            MaterialSummary material = materials.get(id, currentUser.viewer());
            if (material.authorId() != teacher.id()) {
                ContributorPage.refuse(404);
                return null;
            }
            if (!material.status().isEditable()) {
                messages.error("conflict.not_editable", material.status());
                return materialPage();
            }
            form = DraftForm.of(material);
        } catch (MaterialNotFoundException e) {
            ContributorPage.refuse(404);
        }
        return null;
    }

    public String save() {
        Account teacher = page.contributorOrRefuse();
        if (teacher == null) {
            return null;
        }
        MaterialDraft draft = form.draft();
        if (!validation.accepts(draft, localeSelection.getLocale(), FORM)) {
            return null;
        }
        if (messages.attempt(() -> materials.describe(id, teacher.id(), draft))) {
            messages.info("material.describe.saved");
        }
        return materialPage();
    }

    private String materialPage() {
        return "/app/material.xhtml?faces-redirect=true&id=" + id;
    }

    public DraftForm getForm() { return form; }
    public long getId() { return id; }
    public void setId(long id) { this.id = id; }
}
