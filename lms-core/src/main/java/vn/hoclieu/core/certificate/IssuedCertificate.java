package vn.hoclieu.core.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A certificate as its holder and its issuers see it; {@code code} is grouped for reading (HL-XXXX-…). */
public record IssuedCertificate(String code, long holderAccountId, String holderName, Long courseId, String courseTitle,
                                BigDecimal hours, LocalDate completedOn, String issuerName, Instant issuedAt,
                                CertificateStatus status, Instant revokedAt, String revokeReason) {
}
