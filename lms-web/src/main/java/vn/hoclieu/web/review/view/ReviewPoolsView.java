package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.review.GradeLevel;
import vn.hoclieu.content.review.PoolSettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.material.view.DraftValidation;
import vn.hoclieu.web.material.view.SubjectCatalog;
import vn.hoclieu.web.material.view.SubjectOption;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Review pools: which reviewers review which subject at which level (none chosen: all of them).
 * One editor below the list creates a pool or changes the one picked from the list.
 */
@Named
@ViewScoped
public class ReviewPoolsView implements Serializable {

    static final String FORM = "pool";

    @Inject
    ReviewAdministration administration;

    @Inject
    AccountService accounts;

    @Inject
    SubjectCatalog subjects;

    @Inject
    PageAccess access;

    @Inject
    PageMessages messages;

    @Inject
    DraftValidation validation;

    @Inject
    LocaleSelection localeSelection;

    // the list as rendered, so that an "edit" button's row is the row the admin saw; never serialized
    private transient List<PoolSettings> pools;

    private Long id;
    private String name;
    private String subjectCode;
    private GradeLevel level;
    private List<Long> reviewerIds = new ArrayList<>();

    public void edit(PoolSettings pool) {
        id = pool.id();
        name = pool.name();
        subjectCode = pool.subjectCode();
        level = pool.level();
        reviewerIds = new ArrayList<>(pool.reviewerIds());
    }

    public void create() {
        id = null;
        name = null;
        subjectCode = null;
        level = null;
        reviewerIds = new ArrayList<>();
    }

    public void save() {
        if (!access.require(Role.DISTRICT_ADMIN)) {
            return;
        }
        PoolSettings pool = new PoolSettings(id, name, subjectCode, level, new LinkedHashSet<>(reviewerIds));
        Map<String, String> problems = validation.problems(pool, localeSelection.getLocale());
        if (!problems.isEmpty()) {
            messages.problems(FORM, problems);
            return;
        }
        edit(administration.savePool(pool));
        pools = null;
        messages.info("reviewSettings.pool.saved", name);
    }

    public List<PoolSettings> getPools() {
        if (pools == null) {
            pools = administration.pools();
        }
        return pools;
    }

    /** Everyone with the reviewer role, by name: the people a pool can hold. */
    public List<Account> getReviewers() {
        return accounts.withRole(Role.REVIEWER);
    }

    public List<SubjectOption> getSubjects() {
        return subjects.all();
    }

    public GradeLevel[] getLevels() {
        return GradeLevel.values();
    }

    public boolean isEditing() {
        return id != null;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSubjectCode() { return subjectCode; }
    public void setSubjectCode(String subjectCode) { this.subjectCode = subjectCode; }
    public GradeLevel getLevel() { return level; }
    public void setLevel(GradeLevel level) { this.level = level; }
    public List<Long> getReviewerIds() { return reviewerIds; }
    public void setReviewerIds(List<Long> reviewerIds) { this.reviewerIds = reviewerIds == null ? new ArrayList<>() : reviewerIds; }
}
