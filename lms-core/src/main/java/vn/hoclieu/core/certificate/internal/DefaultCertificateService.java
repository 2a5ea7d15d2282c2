package vn.hoclieu.core.certificate.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.VietnamTime;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.certificate.CertificateAccessDeniedException;
import vn.hoclieu.core.certificate.CertificateLabels;
import vn.hoclieu.core.certificate.CertificateNotFoundException;
import vn.hoclieu.core.certificate.CertificateRequest;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.CertificateSettings;
import vn.hoclieu.core.certificate.CertificateStatus;
import vn.hoclieu.core.certificate.CheckedCertificate;
import vn.hoclieu.core.certificate.InvalidCertificateException;
import vn.hoclieu.core.certificate.IssuedCertificate;
import vn.hoclieu.core.certificate.ManualCertificate;
import vn.hoclieu.core.certificate.model.Certificate;
import vn.hoclieu.core.course.CourseService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.LocalTime;
import java.util.List;

/**
 * Issues, lists, prints, verifies and revokes certificates. The district's admins revoke any
 * certificate; an open course's authors (asked of the course feature) list and revoke the
 * certificates their course issued, and only those.
 */
@ApplicationScoped
@Transactional
public class DefaultCertificateService implements CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificateRepository certificates;

    @Inject
    AccountService accounts;

    @Inject
    CertificateSettings settings;

    @Inject
    CourseService courses;

    @Override
    public IssuedCertificate issue(CertificateRequest request) {
        String key = required(request.idempotencyKey(), "idempotencyKey", 200);
        if (request.completedAt() == null) {
            throw new InvalidCertificateException("completedAt", "certificate.field.required");
        }
        if (!certificates.lockHolder(request.holderAccountId())) {
            throw new InvalidCertificateException("holderAccountId", "certificate.holder.unknown");
        }
        return certificates.byIdempotencyKey(key).map(DefaultCertificateService::shown).orElseGet(() -> {
            String issuer = request.issuerName() == null || request.issuerName().isBlank() ? settings.issuerName() : request.issuerName();
            PrintedFields printed = new PrintedFields(required(request.holderName(), "holderName", 160),
                    required(request.courseTitle(), "courseTitle", 300), hours(request.hours()),
                    request.completedAt().atZone(VietnamTime.ZONE).toLocalDate(), required(issuer, "issuerName", 200));
            Certificate certificate = new Certificate(codes().mint(RANDOM, printed), request.holderAccountId(), printed.holderName(),
                    request.courseId(), printed.courseTitle(), printed.hours(), printed.completedOn(), printed.issuerName(), key);
            certificates.add(certificate);
            return shown(certificate);
        });
    }

    @Override
    public IssuedCertificate issueManually(Account admin, ManualCertificate manual) {
        requireDistrictAdmin(admin);
        Account holder = accounts.findById(manual.holderAccountId())
                .orElseThrow(() -> new InvalidCertificateException("holderAccountId", "certificate.holder.unknown"));
        return issue(new CertificateRequest(holder.id(), holder.displayName(), null, manual.courseTitle(), manual.hours(),
                manual.completedOn().atTime(LocalTime.NOON).atZone(VietnamTime.ZONE).toInstant(), null,
                "manual:" + manual.reference().strip()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedCertificate> mine(Account holder) {
        return certificates.ofHolder(holder.id()).stream().map(DefaultCertificateService::shown).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedCertificate> issued(Account admin) {
        requireDistrictAdmin(admin);
        return certificates.latest().stream().map(DefaultCertificateService::shown).toList();
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] pdf(String code, Account reader, CertificateLabels labels, String verifyBaseUrl) {
        Certificate certificate = known(code);
        if (certificate.holderAccountId() != reader.id() && !reader.has(Role.DISTRICT_ADMIN)) {
            throw new CertificateAccessDeniedException("only the holder and the district's admins download a certificate");
        }
        return CertificatePrinter.print(certificate, labels, settings.place(), verifyBaseUrl + VerificationCode.grouped(certificate.code()));
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckedCertificate verify(String typedCode) {
        return codes().admit(typedCode).flatMap(certificates::byCode).filter(this::sealed)
                .map(DefaultCertificateService::checked).orElseGet(CheckedCertificate::unknown);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<IssuedCertificate> ofCourse(long courseId, Account author) {
        requireIssuer(courseId, author);
        return certificates.ofCourse(courseId).stream().map(DefaultCertificateService::shown).toList();
    }

    @Override
    public IssuedCertificate revoke(String code, Account revoker, String reason) {
        if (!revoker.has(Role.DISTRICT_ADMIN) && !revoker.has(Role.TEACHER)) {
            throw new CertificateAccessDeniedException("only the district's admins and a course's authors revoke certificates");
        }
        String why = required(reason, "reason", 500);
        Certificate certificate = codes().admit(code).flatMap(certificates::byCodeForUpdate).orElseThrow(CertificateNotFoundException::new);
        if (!revoker.has(Role.DISTRICT_ADMIN)) {
            requireIssuer(certificate.courseId(), revoker);
        }
        certificate.revoke(revoker.id(), why);
        return shown(certificate);
    }

    /** Certificates issued by hand (no course) are the district's alone. */
    private void requireIssuer(Long courseId, Account author) {
        if (courseId == null || !courses.isAuthor(courseId, author)) {
            throw new CertificateAccessDeniedException("only the course's authors list and revoke its certificates");
        }
    }

    private Certificate known(String code) {
        return codes().admit(code).flatMap(certificates::byCode).orElseThrow(CertificateNotFoundException::new);
    }

    /** A row whose printed fields were edited after issue no longer matches its code's seal. */
    private boolean sealed(Certificate c) {
        return codes().seals(c.code(), printed(c));
    }

    private VerificationCode codes() {
        return new VerificationCode(settings.secret());
    }

    private static void requireDistrictAdmin(Account account) {
        if (!account.has(Role.DISTRICT_ADMIN)) {
            throw new CertificateAccessDeniedException("only the district's admins issue and revoke certificates");
        }
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidCertificateException(field, "certificate.field.required");
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidCertificateException(field, "certificate.field.tooLong");
        }
        return value.strip();
    }

    private static BigDecimal hours(BigDecimal hours) {
        BigDecimal printed = hours == null ? BigDecimal.ZERO : hours.setScale(1, RoundingMode.HALF_UP);
        if (printed.signum() <= 0 || printed.compareTo(new BigDecimal("10000")) > 0) {
            throw new InvalidCertificateException("hours", "certificate.hours.range");
        }
        return printed;
    }

    private static PrintedFields printed(Certificate c) {
        return new PrintedFields(c.holderName(), c.courseTitle(), c.hours(), c.completedOn(), c.issuerName());
    }

    private static IssuedCertificate shown(Certificate c) {
        return new IssuedCertificate(VerificationCode.grouped(c.code()), c.holderAccountId(), c.holderName(), c.courseId(),
                c.courseTitle(), c.hours(), c.completedOn(), c.issuerName(), c.issuedAt(), c.status(), c.revokedAt(), c.revokeReason());
    }

    private static CheckedCertificate checked(Certificate c) {
        CheckedCertificate.Result result = c.status() == CertificateStatus.REVOKED ? CheckedCertificate.Result.REVOKED : CheckedCertificate.Result.VALID;
        return new CheckedCertificate(result, VerificationCode.grouped(c.code()), c.holderName(), c.courseTitle(), c.hours(),
                c.completedOn(), c.issuerName(), c.revokedAt(), c.revokeReason());
    }
}
