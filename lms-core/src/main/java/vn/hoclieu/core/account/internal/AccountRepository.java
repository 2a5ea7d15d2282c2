package vn.hoclieu.core.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.hoclieu.core.account.model.UserAccount;

import java.util.Optional;

@ApplicationScoped
public class AccountRepository {

    @PersistenceContext(unitName = "hoclieu")
    EntityManager em;

    public Optional<UserAccount> findByUsername(String username) {
        return em.createQuery("select a from UserAccount a where a.username = :u", UserAccount.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    public boolean existsByUsernameOrEmail(String username, String email) {
        return em.createQuery("select count(a) from UserAccount a where a.username = :u or (:e is not null and a.email = :e)", Long.class)
                .setParameter("u", username)
                .setParameter("e", email)
                .getSingleResult() > 0;
    }

    public Optional<String> displayNameOf(long accountId) {
        return Optional.ofNullable(em.find(UserAccount.class, accountId)).map(UserAccount::displayName);
    }

    public Optional<UserAccount> findById(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    public java.util.List<UserAccount> findAll(java.util.Collection<Long> ids) {
        return em.createQuery("select a from UserAccount a where a.id in :ids", UserAccount.class)
                .setParameter("ids", ids).getResultList();
    }

    public java.util.List<UserAccount> withRole(vn.hoclieu.core.account.Role role) {
        return em.createQuery("select a from UserAccount a join a.roles r where r = :role order by a.displayName", UserAccount.class)
                .setParameter("role", role).getResultList();
    }

    public void add(UserAccount account) {
        em.persist(account);
        em.flush();
    }

    public long count() {
        return em.createQuery("select count(a) from UserAccount a", Long.class).getSingleResult();
    }
}
