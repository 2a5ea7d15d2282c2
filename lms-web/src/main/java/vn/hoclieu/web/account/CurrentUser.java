package vn.hoclieu.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import vn.hoclieu.content.material.Viewer;
import vn.hoclieu.core.account.Account;
import vn.hoclieu.core.account.AccountService;
import vn.hoclieu.core.account.Role;

import java.security.Principal;
import java.util.List;
import java.util.Optional;

/**
 * Who is signed in, for pages, resources and servlets alike: looked up once per request. Reads
 * the request's principal, not SecurityContext: Payara's SecurityContext fails while an error page
 * renders.
 */
@Named
@RequestScoped
public class CurrentUser {

    @Inject
    HttpServletRequest request;

    @Inject
    AccountService accounts;

    private Optional<Account> account;

    public Optional<Account> account() {
        if (account == null) {
            Principal caller = request.getUserPrincipal();
            account = caller == null ? Optional.empty() : accounts.findByUsername(caller.getName());
        }
        return account;
    }

    /** For code behind a role check: there is a signed-in account. */
    public Account required() {
        return account().orElseThrow(() -> new IllegalStateException("no signed-in account"));
    }

    /** The signed-in person as the content repository sees them (id, school, widening roles). */
    public Viewer viewer() {
        Account a = required();
        return new Viewer(a.id(), a.schoolId(), a.has(Role.REVIEWER), a.has(Role.SCHOOL_ADMIN), a.has(Role.DISTRICT_ADMIN));
    }

    public boolean isSignedIn() {
        return account().isPresent();
    }

    public String getDisplayName() {
        return account().map(Account::displayName).orElse("");
    }

    public String getSchoolName() {
        return account().map(Account::schoolName).orElse(null);
    }

    public List<String> getRoles() {
        return account().map(a -> a.roles().stream().map(Role::name).sorted().toList()).orElse(List.of());
    }

    public boolean is(String role) {
        return account().map(a -> a.has(Role.valueOf(role))).orElse(false);
    }
}
