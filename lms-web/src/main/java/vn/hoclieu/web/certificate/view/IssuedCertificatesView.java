package vn.hoclieu.web.certificate.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.certificate.CertificateException;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;
import vn.hoclieu.web.material.view.ContributorPage;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** District admins: every certificate issued, newest first, each revocable with a reason (404 for anyone else). */
@Named
@ViewScoped
public class IssuedCertificatesView implements Serializable {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private final Map<String, String> reasons = new HashMap<>();
    private transient List<IssuedCertificate> issued;

    public void open() {
        if (!currentUser.is(Role.DISTRICT_ADMIN_NAME)) {
            ContributorPage.refuse(404);
        }
    }

    public List<IssuedCertificate> getIssued() {
        if (issued == null) {
            issued = certificates.issued(currentUser.required());
        }
        return issued;
    }

    public String revoke(String code) {
        String reason = reasons.get(code);
        if (reason == null || reason.isBlank()) {
            messages.errorAt(null, "certificate.revoke.reasonRequired");
            return null;
        }
        try {
            certificates.revoke(code, currentUser.required(), reason);
        } catch (CertificateException refused) {
            messages.errorAt(null, "api.forbidden");
            return null;
        }
        messages.info("certificate.revoke.done", code);
        messages.acrossRedirect();
        return "/app/admin/certificates?faces-redirect=true";
    }

    public String date(IssuedCertificate certificate) {
        return VerifyView.date(certificate.completedOn());
    }

    public String revokedAt(IssuedCertificate certificate) {
        return VietnamTime.format(certificate.revokedAt());
    }

    public Map<String, String> getReasons() {
        return reasons;
    }
}
