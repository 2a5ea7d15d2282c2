package vn.hoclieu.web.certificate.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.CheckedCertificate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The public verification page: a code from the address (QR code) or typed into its form. */
@Named
@RequestScoped
public class VerifyView {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    CertificateService certificates;

    private String code;
    private CheckedCertificate checked;

    /** Null until a code was given. */
    public CheckedCertificate getChecked() {
        if (checked == null && code != null && !code.isBlank()) {
            checked = certificates.verify(code);
        }
        return checked;
    }

    public boolean isValid() {
        return getChecked() != null && checked.result() == CheckedCertificate.Result.VALID;
    }

    public boolean isRevoked() {
        return getChecked() != null && checked.result() == CheckedCertificate.Result.REVOKED;
    }

    public boolean isUnknown() {
        return getChecked() != null && checked.result() == CheckedCertificate.Result.UNKNOWN;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String getCompletedOn() {
        return getChecked() == null ? "" : date(checked.completedOn());
    }

    public String getRevokedAt() {
        return getChecked() == null ? "" : VietnamTime.format(checked.revokedAt());
    }

    public String getHours() {
        BigDecimal hours = getChecked() == null ? null : checked.hours();
        return hours == null ? "" : hours.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code == null ? null : code.strip(); }
}
