package vn.hoclieu.core.certificate;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What to print on a certificate and for whom. The course feature sends one when an enrolment
 * completes; {@code idempotencyKey} (e.g. {@code course:12:account:34}) makes a second completion
 * return the certificate already issued.
 *
 * @param courseId   the open course, or null for a course completed outside the system
 * @param issuerName the district office or the course's authors as printed; blank for the configured issuer
 */
public record CertificateRequest(long holderAccountId, String holderName, Long courseId, String courseTitle,
                                 BigDecimal hours, Instant completedAt, String issuerName, String idempotencyKey) {

    public static String courseKey(long courseId, long accountId) {
        return "course:" + courseId + ":account:" + accountId;
    }
}
