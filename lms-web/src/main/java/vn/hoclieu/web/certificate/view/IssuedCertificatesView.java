package vn.hoclieu.web.certificate.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.web.material.view.ContributorPage;

import java.util.List;

/** District admins: every certificate issued, newest first, each revocable with a reason (404 for anyone else). */
@Named
@ViewScoped
public class IssuedCertificatesView extends RevocableCertificates {

    public void open() {
        if (!currentUser.is(Role.DISTRICT_ADMIN_NAME)) {
            ContributorPage.refuse(404);
        }
    }

    @Override
    protected List<IssuedCertificate> load() {
        return certificates.issued(currentUser.required());
    }

    @Override
    public boolean isDownloads() {
        return true;
    }

    @Override
    protected String page() {
        return "/app/admin/certificates?faces-redirect=true";
    }
}
