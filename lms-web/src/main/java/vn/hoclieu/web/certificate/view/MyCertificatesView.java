package vn.hoclieu.web.certificate.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.web.account.CurrentUser;

import java.util.List;

/** "Chứng chỉ của tôi": the signed-in person's certificates, each with its PDF. */
@Named
@RequestScoped
public class MyCertificatesView {

    @Inject
    CertificateService certificates;

    @Inject
    CurrentUser currentUser;

    private List<IssuedCertificate> mine;

    public List<IssuedCertificate> getCertificates() {
        if (mine == null) {
            mine = certificates.mine(currentUser.required());
        }
        return mine;
    }

    public String date(IssuedCertificate certificate) {
        return VerifyView.date(certificate.completedOn());
    }

    public String hours(IssuedCertificate certificate) {
        return certificate.hours().stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
