package vn.hoclieu.launcher.persistence;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.certificate.CertificateRequest;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.certificate.CheckedCertificate;
import vn.hoclieu.core.certificate.IssuedCertificate;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How open courses will issue certificates when an enrolment completes (the integrator's
 * {@code CourseCompleted} observer calls {@code issue}), through the real service in the real WAR
 * against MariaDB: the date is Vietnam's, completing again issues nothing new, and a row edited
 * behind the application's back no longer verifies.
 */
@ExtendWith(ArquillianExtension.class)
class CertificateIssueIT {

    @Deployment
    static WebArchive application() {
        File war = vn.hoclieu.devstack.TestDatabase.buildRoot().resolve("lms-web/target/lms-web.war").toFile();
        return ShrinkWrap.createFromZipFile(WebArchive.class, war).addClass(CertificateIssueIT.class);
    }

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Test
    void aCourseCompletedLateInTheEveningInVietnamIsDatedThatVietnameseDay() {
        Account learner = accounts.findByUsername("hv.tam").orElseThrow();
        // 23:30 on 29 November in Hanoi is 16:30 UTC; 00:30 on the 30th is 17:30 UTC
        IssuedCertificate issued = certificates.issue(request(learner, 901, Instant.parse("2026-11-29T17:30:00Z"), "Nhóm tác giả Tiếng Việt"));

        assertEquals(LocalDate.of(2026, 11, 30), issued.completedOn());
        assertEquals("Nhóm tác giả Tiếng Việt", issued.issuerName());
        assertEquals(Long.valueOf(901), issued.courseId());
        assertEquals(CheckedCertificate.Result.VALID, certificates.verify(issued.code()).result());
    }

    @Test
    void completingTheSameCourseAgainReturnsTheCertificateAlreadyIssued() {
        Account learner = accounts.findByUsername("hv.tam").orElseThrow();

        IssuedCertificate first = certificates.issue(request(learner, 902, Instant.parse("2026-11-20T03:00:00Z"), null));
        IssuedCertificate again = certificates.issue(request(learner, 902, Instant.parse("2026-11-21T03:00:00Z"), null));

        assertEquals(first.code(), again.code());
        assertEquals(LocalDate.of(2026, 11, 20), again.completedOn(), "the first completion's certificate stands");
        assertEquals("Phòng Văn hóa – Xã hội", first.issuerName(), "no issuer named: the district's configured one");
        assertEquals(1L, em.createQuery("select count(c) from Certificate c where c.idempotencyKey = :k", Long.class)
                .setParameter("k", CertificateRequest.courseKey(902, learner.id())).getSingleResult());
    }

    @Test
    void aPrintedFieldEditedInTheDatabaseBreaksTheSealAndTheCodeNoLongerVerifies() throws Exception {
        Account learner = accounts.findByUsername("hv.tam").orElseThrow();
        IssuedCertificate issued = certificates.issue(request(learner, 903, Instant.parse("2026-11-22T03:00:00Z"), null));

        transaction.begin();
        em.createNativeQuery("UPDATE core_certificate SET hours = 120.0 WHERE idempotency_key = ?")
                .setParameter(1, CertificateRequest.courseKey(903, learner.id())).executeUpdate();
        transaction.commit();

        assertEquals(CheckedCertificate.Result.UNKNOWN, certificates.verify(issued.code()).result());
    }

    private static CertificateRequest request(Account learner, long courseId, Instant completedAt, String issuer) {
        return new CertificateRequest(learner.id(), learner.displayName(), courseId, "Tiếng Việt cho người mới học",
                new BigDecimal("12"), completedAt, issuer, CertificateRequest.courseKey(courseId, learner.id()));
    }
}
