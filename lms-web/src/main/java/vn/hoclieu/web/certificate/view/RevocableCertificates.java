package vn.hoclieu.web.certificate.view;

import jakarta.inject.Inject;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.certificate.CertificateException;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.web.account.CurrentUser;
import vn.hoclieu.web.i18n.PageMessages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list of certificates, each revocable with a reason (WEB-INF/certificate/issued-table.xhtml):
 * the district admins' page lists them all, a course's dashboard the course's own.
 */
public abstract class RevocableCertificates implements Serializable {

    @Inject
    protected CertificateService certificates;

    @Inject
    protected CurrentUser currentUser;

    @Inject
    PageMessages messages;

    private final Map<String, String> reasons = new HashMap<>();
    private transient List<IssuedCertificate> issued;

    /** The certificates listed, read once per request. */
    protected abstract List<IssuedCertificate> load();

    /** Where to go back after a revocation (a Faces outcome with redirect). */
    protected abstract String page();

    /** Whether the reader may download the PDFs (their holders and the district's admins only). */
    public abstract boolean isDownloads();

    public List<IssuedCertificate> getIssued() {
        if (issued == null) {
            issued = load();
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
        return page();
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
