package vn.hoclieu.core.certificate.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.certificate.CertificateRequest;
import vn.hoclieu.core.certificate.CertificateService;
import vn.hoclieu.core.course.CourseCompleted;

/**
 * A completed open course earns its certificate in the transaction that completes it, so there is
 * never a completion without one; the idempotency key makes a second completion (after leaving and
 * rejoining) return the certificate already issued. The issuer printed is the configured district office.
 */
@ApplicationScoped
public class CourseCertificates {

    @Inject
    CertificateService certificates;

    @Inject
    AccountService accounts;

    void courseCompleted(@Observes CourseCompleted completed) {
        String holder = accounts.findById(completed.learnerAccountId()).map(Account::displayName).orElseThrow();
        certificates.issue(new CertificateRequest(completed.learnerAccountId(), holder, completed.courseId(), completed.courseTitle(),
                completed.estimatedHours(), completed.completedAt(), null,
                CertificateRequest.courseKey(completed.courseId(), completed.learnerAccountId())));
    }
}
