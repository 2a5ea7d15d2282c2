package vn.hoclieu.core.certificate;

import vn.hoclieu.core.account.Account;

import java.util.List;

/** Certificates of completed courses, and their public verification. */
public interface CertificateService {

    /** Issues the certificate, or returns the one already issued under the request's idempotency key. */
    IssuedCertificate issue(CertificateRequest request);

    /** A district admin certifies a course completed outside the system (same reference → same certificate). */
    IssuedCertificate issueManually(Account admin, ManualCertificate manual);

    /** The caller's own certificates, newest first. */
    List<IssuedCertificate> mine(Account holder);

    /** Every certificate of the district, newest first (district admins). */
    List<IssuedCertificate> issued(Account admin);

    /** The PDF, for its holder or a district admin; the QR code points at {@code verifyBaseUrl} + the code. */
    byte[] pdf(String code, Account reader, CertificateLabels labels, String verifyBaseUrl);

    /** Anyone may check a code as typed (any case, with or without dashes and the HL prefix). */
    CheckedCertificate verify(String typedCode);

    /** The certificates an open course issued, newest first, for the course's authors. */
    List<IssuedCertificate> ofCourse(long courseId, Account author);

    /** By a district admin, or by an author of the open course that issued the certificate; the reason is required. */
    IssuedCertificate revoke(String code, Account revoker, String reason);
}
