package vn.hoclieu.core.account;

import jakarta.validation.Valid;

import java.util.Optional;

/** People's accounts: registration, look-up, sign-in bookkeeping. The transaction boundary. */
public interface AccountService {

    /** Registers a self-learner (role LEARNER, no school). */
    Account registerLearner(@Valid LearnerRegistration registration);

    /** Creates an account with the given roles; used by seeding and, later, school administration. */
    Account create(String username, String displayName, String email, String password, Long schoolId, Role... roles);

    Optional<Account> findByUsername(String username);

    /** Records a successful sign-in (last-login time). */
    void signedIn(String username);

    long count();
}
