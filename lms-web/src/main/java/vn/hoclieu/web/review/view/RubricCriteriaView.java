package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.content.review.RubricCriterion;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.material.view.DraftValidation;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * The rubric: criteria with labels in both languages, their order, and whether reviewers score
 * them now. A criterion is retired, never deleted, since old reviews keep their scores for it.
 */
@Named
@ViewScoped
public class RubricCriteriaView implements Serializable {

    static final String FORM = "criterion";

    @Inject
    ReviewAdministration administration;

    @Inject
    PageAccess access;

    @Inject
    PageMessages messages;

    @Inject
    DraftValidation validation;

    @Inject
    LocaleSelection localeSelection;

    // the list as rendered, so that an "edit" button's row is the row the admin saw; never serialized
    private transient List<RubricCriterion> criteria;

    private boolean existing;
    private String code;
    private Integer position;
    private String labelVi;
    private String labelEn;
    private boolean active = true;

    public void edit(RubricCriterion criterion) {
        existing = true;
        code = criterion.code();
        position = criterion.position();
        labelVi = criterion.labelVi();
        labelEn = criterion.labelEn();
        active = criterion.active();
    }

    public void create() {
        existing = false;
        code = null;
        position = getCriteria().stream().mapToInt(RubricCriterion::position).max().orElse(0) + 1;
        labelVi = null;
        labelEn = null;
        active = true;
    }

    public void save() {
        if (!access.require(Role.DISTRICT_ADMIN)) {
            return;
        }
        if (code == null) {
            // @NotBlank on the code speaks the validator's default words; this page says what a code looks like
            messages.errorAt(FORM + ":code", "reviewSettings.criterion.code.hint");
            return;
        }
        RubricCriterion criterion = new RubricCriterion(code.strip(), position, labelVi, labelEn, active);
        Map<String, String> problems = validation.problems(criterion, localeSelection.getLocale());
        if (!problems.isEmpty()) {
            messages.problems(FORM, problems);
            return;
        }
        edit(administration.saveCriterion(criterion));
        criteria = null;
        messages.info("reviewSettings.criterion.saved", code);
    }

    public List<RubricCriterion> getCriteria() {
        if (criteria == null) {
            criteria = administration.criteria();
        }
        return criteria;
    }

    public boolean isExisting() { return existing; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Integer getPosition() { return position; }
    public void setPosition(Integer position) { this.position = position; }
    public String getLabelVi() { return labelVi; }
    public void setLabelVi(String labelVi) { this.labelVi = labelVi; }
    public String getLabelEn() { return labelEn; }
    public void setLabelEn(String labelEn) { this.labelEn = labelEn; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
}
