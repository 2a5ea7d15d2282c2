package vn.hoclieu.core.account.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import vn.hoclieu.core.account.model.UserAccount;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Checks usernames and passwords against core_user_account; the roles become the caller's groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordHashing passwords;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = login.getCaller().trim().toLowerCase(Locale.ROOT);
        String password = login.getPasswordAsString();
        Optional<UserAccount> found = accounts.findByUsername(username).filter(UserAccount::enabled);
        if (found.isEmpty()) {
            passwords.matchesNothing(password);
            return CredentialValidationResult.INVALID_RESULT;
        }
        UserAccount account = found.get();
        if (!passwords.matches(password, account.passwordHash())) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(account.username(),
                account.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}
