package vn.hoclieu.core.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.LearnerRegistration;
import vn.hoclieu.core.account.PasswordChangeRefusedException;
import vn.hoclieu.core.account.Role;
import vn.hoclieu.core.account.UsernameTakenException;
import vn.hoclieu.core.account.model.UserAccount;
import vn.hoclieu.core.school.internal.SchoolRepository;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class DefaultAccountService implements AccountService {

    @Inject
    AccountRepository accounts;

    @Inject
    SchoolRepository schools;

    @Inject
    PasswordHashing passwords;

    /** The same bounds as {@link LearnerRegistration}'s password. */
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 128;

    @Override
    public Account registerLearner(LearnerRegistration registration) {
        String username = registration.username().trim().toLowerCase(Locale.ROOT);
        String email = blankToNull(registration.email());
        if (accounts.existsByUsernameOrEmail(username, email)) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = new UserAccount(username, registration.displayName().strip(), email,
                passwords.hash(registration.password()), null);
        account.grant(Role.LEARNER);
        if ("en".equals(registration.locale())) {
            account.preferLocale("en");
        }
        accounts.add(account);
        return toAccount(account);
    }

    @Override
    public Account create(String username, String displayName, String email, String password, Long schoolId, Role... roles) {
        if (accounts.existsByUsernameOrEmail(username, email)) {
            throw new UsernameTakenException(username);
        }
        UserAccount account = new UserAccount(username, displayName, email, passwords.hash(password), schoolId);
        for (Role role : roles) {
            account.grant(role);
        }
        accounts.add(account);
        return toAccount(account);
    }

    @Override
    public void changePassword(long accountId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(accountId).orElseThrow(() -> new PasswordChangeRefusedException("wrong_current_password"));
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new PasswordChangeRefusedException("wrong_current_password");
        }
        String chosen = newPassword == null ? "" : newPassword;
        if (chosen.length() < MIN_PASSWORD) {
            throw new PasswordChangeRefusedException("password_too_short");
        }
        if (chosen.length() > MAX_PASSWORD) {
            throw new PasswordChangeRefusedException("password_too_long");
        }
        if (chosen.equals(currentPassword)) {
            throw new PasswordChangeRefusedException("password_unchanged");
        }
        if (chosen.equalsIgnoreCase(account.username())) {
            throw new PasswordChangeRefusedException("password_is_username");
        }
        account.choosePassword(passwords.hash(chosen));
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(username).map(this::toAccount);
    }

    @Override
    public Optional<Account> findById(long id) {
        return accounts.findById(id).map(this::toAccount);
    }

    @Override
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        if (!ids.isEmpty()) {
            accounts.findAll(ids).forEach(a -> names.put(a.id(), a.displayName()));
        }
        return names;
    }

    @Override
    public java.util.List<Account> withRole(Role role) {
        return accounts.withRole(role).stream().map(this::toAccount).toList();
    }

    @Override
    public Optional<String> emailOf(long id) {
        return accounts.findById(id).map(UserAccount::email).filter(e -> e != null && !e.isBlank());
    }

    @Override
    public void signedIn(String username) {
        accounts.findByUsername(username).ifPresent(a -> a.signedInAt(Instant.now()));
    }

    @Override
    public long count() {
        return accounts.count();
    }

    private Account toAccount(UserAccount a) {
        String schoolName = a.schoolId() == null ? null : schools.nameOf(a.schoolId()).orElse(null);
        return new Account(a.id(), a.username(), a.displayName(), a.roles(), a.schoolId(), schoolName, a.locale(),
                a.mustChangePassword());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
