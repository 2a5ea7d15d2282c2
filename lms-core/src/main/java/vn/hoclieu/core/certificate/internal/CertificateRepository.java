package vn.hoclieu.core.certificate.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.certificate.model.Certificate;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class CertificateRepository {

    private static final int LISTED = 500;

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<Certificate> byCode(String code) {
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /** The row locked, so two revocations queue and the first one's date and reason stand. */
    public Optional<Certificate> byCodeForUpdate(String code) {
        return em.createQuery("select c from Certificate c where c.code = :code", Certificate.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    /**
     * Locks the holder's account row, so that two issues for one holder queue: two completions of a
     * course at once must not both find no certificate and both insert. False if there is no such account.
     */
    public boolean lockHolder(long accountId) {
        return !em.createNativeQuery("SELECT id FROM core_user_account WHERE id = ? FOR UPDATE")
                .setParameter(1, accountId).getResultList().isEmpty();
    }

    /** A locking read: it sees a row another issue committed while this transaction waited for the holder's lock. */
    public Optional<Certificate> byIdempotencyKey(String key) {
        return em.createQuery("select c from Certificate c where c.idempotencyKey = :key", Certificate.class)
                .setParameter("key", key).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    public List<Certificate> ofHolder(long accountId) {
        return em.createQuery("select c from Certificate c where c.holderAccountId = :a order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("a", accountId).setMaxResults(LISTED).getResultList();
    }

    public List<Certificate> ofCourse(long courseId) {
        return em.createQuery("select c from Certificate c where c.courseId = :course order by c.issuedAt desc, c.id desc", Certificate.class)
                .setParameter("course", courseId).setMaxResults(LISTED).getResultList();
    }

    public List<Certificate> latest() {
        return em.createQuery("select c from Certificate c order by c.issuedAt desc, c.id desc", Certificate.class)
                .setMaxResults(LISTED).getResultList();
    }

    public void add(Certificate certificate) {
        em.persist(certificate);
        em.flush();
    }
}
