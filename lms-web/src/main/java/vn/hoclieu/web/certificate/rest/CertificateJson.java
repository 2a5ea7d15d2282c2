package vn.hoclieu.web.certificate.rest;

import vn.hoclieu.core.certificate.CheckedCertificate;
import vn.hoclieu.core.certificate.IssuedCertificate;

import java.math.BigDecimal;

/** The API's views of a certificate: the holder's and issuer's, and the public verification's. */
public final class CertificateJson {

    private CertificateJson() {
    }

    /** {@code pdf} is relative to the application's address. */
    public record Issued(String code, long holderAccountId, String holderName, Long courseId, String courseTitle, BigDecimal hours,
                         String completedOn, String issuerName, String issuedAt, String status, String revokedAt,
                         String revokeReason, String pdf) {

        static Issued of(IssuedCertificate c) {
            return new Issued(c.code(), c.holderAccountId(), c.holderName(), c.courseId(), c.courseTitle(), c.hours(),
                    c.completedOn().toString(), c.issuerName(), c.issuedAt().toString(), c.status().name(),
                    c.revokedAt() == null ? null : c.revokedAt().toString(), c.revokeReason(),
                    "api/v1/certificates/" + c.code() + ".pdf");
        }
    }

    /** What anyone may learn from a code: the printed fields and the status; nothing for an unknown code. */
    public record Verification(String status, String code, String holderName, String courseTitle, BigDecimal hours,
                               String completedOn, String issuerName, String revokedAt, String revokeReason) {

        static Verification of(CheckedCertificate c) {
            return new Verification(c.result().name(), c.code(), c.holderName(), c.courseTitle(), c.hours(),
                    c.completedOn() == null ? null : c.completedOn().toString(), c.issuerName(),
                    c.revokedAt() == null ? null : c.revokedAt().toString(), c.revokeReason());
        }
    }

    public record Revocation(String reason) {
    }
}
