package vn.hoclieu.core.certificate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the public verification shows: the printed fields and the status, nothing else about the
 * holder (no account, username, email, birth date or school). UNKNOWN carries no fields: a code
 * that is forged, altered or simply mistyped.
 */
public record CheckedCertificate(Result result, String code, String holderName, String courseTitle, BigDecimal hours,
                                 LocalDate completedOn, String issuerName, Instant revokedAt, String revokeReason) {

    public enum Result { VALID, REVOKED, UNKNOWN }

    public static CheckedCertificate unknown() {
        return new CheckedCertificate(Result.UNKNOWN, null, null, null, null, null, null, null, null);
    }
}
