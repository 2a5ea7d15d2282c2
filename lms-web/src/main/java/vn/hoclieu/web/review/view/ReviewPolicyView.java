package vn.hoclieu.web.review.view;

import vn.hoclieu.web.i18n.PageMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.content.review.PolicySettings;
import vn.hoclieu.content.review.ReviewAdministration;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.web.i18n.LocaleSelection;
import vn.hoclieu.web.material.view.DraftValidation;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.util.Map;

/**
 * The district's review policy: approvals that publish, the minimum average score, when a claim
 * is stale. The rules live on {@link PolicySettings}; their messages show beside each input.
 */
@Named
@ViewScoped
public class ReviewPolicyView implements Serializable {

    static final String FORM = "policy";

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

    private Integer requiredApprovals;
    // text, not BigDecimal: Vietnamese writes "3,5", which Faces' number converter refuses
    private String minimumAverage;
    private Integer staleClaimHours;

    public void open() {
        if (access.require(Role.DISTRICT_ADMIN)) {
            show(administration.policy());
        }
    }

    public void save() {
        if (!access.require(Role.DISTRICT_ADMIN)) {
            return;
        }
        // the inputs are required: Faces has refused empty ones before this runs
        BigDecimal average = decimal(minimumAverage);
        if (average == null) {
            messages.errorAt(FORM + ":minimumAverage", "reviewSettings.decimal");
            return;
        }
        PolicySettings policy = new PolicySettings(requiredApprovals, average, staleClaimHours);
        Map<String, String> problems = validation.problems(policy, localeSelection.getLocale());
        if (!problems.isEmpty()) {
            messages.problems(FORM, problems);
            return;
        }
        show(administration.configure(policy));
        messages.info("reviewSettings.policy.saved");
    }

    private void show(PolicySettings policy) {
        requiredApprovals = policy.requiredApprovals();
        minimumAverage = policy.minimumAverage().toPlainString().replace('.', decimalSeparator());
        staleClaimHours = policy.staleClaimHours();
    }

    /** "3,5" and "3.5" alike; null when it is no number. */
    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private char decimalSeparator() {
        return DecimalFormatSymbols.getInstance(localeSelection.getLocale()).getDecimalSeparator();
    }

    public Integer getRequiredApprovals() { return requiredApprovals; }
    public void setRequiredApprovals(Integer requiredApprovals) { this.requiredApprovals = requiredApprovals; }
    public String getMinimumAverage() { return minimumAverage; }
    public void setMinimumAverage(String minimumAverage) { this.minimumAverage = minimumAverage; }
    public Integer getStaleClaimHours() { return staleClaimHours; }
    public void setStaleClaimHours(Integer staleClaimHours) { this.staleClaimHours = staleClaimHours; }
}
