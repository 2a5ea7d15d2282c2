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

    Optional<Account> findById(long id);

    /** Display names of these accounts (unknown ids are left out), for pages that list people by id. */
    java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids);

    /** Everyone holding a role, by display name: e.g. the reviewers a district admin puts in pools. */
    java.util.List<Account> withRole(Role role);

    /** The account's e-mail address, if it gave one. */
    Optional<String> emailOf(long id);

    /**
     * Replaces the account's password once the current one is confirmed; the new one follows the
     * registration rule (10–128 characters) and differs from the current one and the username.
     * Clears the must-change flag. Refusals: {@link PasswordChangeRefusedException}.
     */
    void changePassword(long accountId, String currentPassword, String newPassword);

    /** Records a successful sign-in (last-login time). */
    void signedIn(String username);

    long count();
}
